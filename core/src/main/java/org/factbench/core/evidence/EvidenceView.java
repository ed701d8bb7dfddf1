package org.factbench.core.evidence;

import java.time.Instant;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.user.UserRef;

/**
 * An evidence link as the workspace, reports and the API show it. {@code quoteExact} and the offsets are the
 * current anchor in {@code articleVersion}; {@code quotedSnapshot} is what was originally selected.
 * An {@link AnchorState#ORPHANED} link must be shown as such: its passage was not found in a newer version.
 */
public record EvidenceView(long id, long claimId, String articleId, int articleVersion, int checkedVersion,
        String articleTitle, String articleUrl, String articleOutlet, Instant articlePublished, String quoteExact,
        String quotePrefix, String quoteSuffix, int startOffset, int endOffset, String quotedSnapshot, Stance stance,
        String note, UserRef author, Instant createdAt, Instant updatedAt, AnchorState anchorState, double anchorScore,
        long version) {

    public boolean orphaned() {
        return anchorState == AnchorState.ORPHANED;
    }
}
