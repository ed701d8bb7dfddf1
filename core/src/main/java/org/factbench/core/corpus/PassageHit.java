package org.factbench.core.corpus;

import java.time.OffsetDateTime;

/**
 * A passage that matched a search. {@code start}/{@code end} are character offsets into the body of
 * {@code articleId} at {@code articleVersion}.
 */
public record PassageHit(
        String passageId,
        String articleId,
        int articleVersion,
        String title,
        String outlet,
        OffsetDateTime published,
        String language,
        int start,
        int end,
        HighlightedText text,
        double score) {
}
