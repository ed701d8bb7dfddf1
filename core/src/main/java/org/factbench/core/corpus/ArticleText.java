package org.factbench.core.corpus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of an article as stored in the corpus. {@code body} is the normalized text (NFC, paragraphs
 * separated by a blank line) that evidence selectors and passage offsets refer to.
 *
 * @param published publication time, or null when the source did not say
 * @param language  ISO 639-1 code, or null when it could not be detected
 */
public record ArticleText(
        String id,
        int version,
        String url,
        String title,
        String outlet,
        List<String> authors,
        OffsetDateTime published,
        String language,
        String body,
        String contentHash,
        Instant ingestedAt) {

    public ArticleText {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
