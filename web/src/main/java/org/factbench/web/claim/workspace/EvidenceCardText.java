package org.factbench.web.claim.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.shared.WebAddress;
import org.factbench.web.article.ArticleLink;
import org.factbench.web.article.PassageRange;

/**
 * What one evidence card says, as plain strings: the browser's template binds each as text (never as markup), so
 * article text, notes and titles stay inert. Only http(s) addresses become the "original" link.
 *
 * @param anchorLines what happened to the passage in a newer article version, empty when it is where it was
 */
public record EvidenceCardText(long id, String stance, String before, String quote, String after, String title,
        String readerHref, String meta, String originalHref, String originalLabel, List<String> anchorLines,
        boolean orphaned, String note, String editLabel, String unlinkLabel) {

    static EvidenceCardText of(EvidenceView link, Words words) {
        // The reader opens for this claim: its evidence highlighted, more of the article linkable.
        ArticleLink reader = new ArticleLink(link.articleId(), link.articleVersion(),
                new PassageRange(link.startOffset(), link.endOffset()), Map.of(ArticleLink.CLAIM, Long.toString(link.claimId())));
        StringBuilder meta = new StringBuilder();
        if (link.articleOutlet() != null) meta.append(link.articleOutlet()).append(" · ");
        if (link.articlePublished() != null) meta.append(ClaimWorkspaceView.DAY.format(link.articlePublished())).append(" · ");
        meta.append(words.get("workspace.evidence.version", link.articleVersion()));
        meta.append(" · ").append(words.get("workspace.evidence.linkedBy", link.author().displayName()));
        String note = link.note() == null || link.note().isBlank() ? null : link.note();
        return new EvidenceCardText(link.id(), link.stance().name().toLowerCase(Locale.ROOT),
                around(link.quotePrefix(), true), link.quoteExact(), around(link.quoteSuffix(), false),
                link.articleTitle() == null ? link.articleId() : link.articleTitle(), reader.href(), meta.toString(),
                WebAddress.isHttp(link.articleUrl()) ? link.articleUrl() : null, words.get("workspace.evidence.original"),
                anchorLines(link, words), link.orphaned(), note, words.get("workspace.evidence.edit"),
                words.get("workspace.evidence.unlink"));
    }

    /** Everything the card shows, in reading order: what view tests compare with what the user should see. */
    String shown() {
        return String.join(" ", before, quote, after, title, meta, String.join(" ", anchorLines), note == null ? "" : note);
    }

    private static String around(String text, boolean before) {
        if (text == null || text.isEmpty()) return "";
        return before ? "…" + text : text + "…";
    }

    private static List<String> anchorLines(EvidenceView link, Words words) {
        if (link.anchorState() == AnchorState.ORPHANED) {
            return List.of(words.get("workspace.evidence.orphaned", link.checkedVersion(), link.articleVersion()),
                    words.get("workspace.evidence.snapshot", link.quotedSnapshot()));
        }
        if (link.anchorState() == AnchorState.FUZZY) {
            return List.of(words.get("workspace.evidence.fuzzy", link.articleVersion(), Math.round(link.anchorScore() * 100)));
        }
        if (link.anchorState() == AnchorState.EXACT_QUOTE) {
            return List.of(words.get("workspace.evidence.moved", link.articleVersion()));
        }
        return List.of();
    }
}
