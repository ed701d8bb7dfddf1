package org.factbench.core.evidence;

import org.factbench.core.evidence.anchor.AnchorState;

/** What the activity log keeps of a link's anchor before and after re-anchoring. */
record AnchorSnapshot(int articleVersion, int checkedVersion, int start, int end, String exact, AnchorState state,
        double score) {

    static AnchorSnapshot of(EvidenceLink link) {
        return new AnchorSnapshot(link.getArticleVersion(), link.getCheckedVersion(), link.getStartOffset(),
                link.getEndOffset(), link.getQuoteExact(), link.getAnchorState(), link.getAnchorScore());
    }
}
