package org.factbench.indexer.parse;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as read from a source, before it is stored. {@code body} is already normalized (NFC,
 * whitespace collapsed inside paragraphs, paragraphs separated by exactly one blank line).
 *
 * @param source    where it came from, for reports: a file path, plus "#line 12" or "#record 3" inside containers
 * @param url       canonical URL when known, else null (the id is then a hash of the normalized text)
 * @param published null when unknown
 * @param language  ISO 639-1 code, detected when the source does not say; null when undetectable
 * @param notes     non-fatal remarks for the load summary, e.g. "decoded as windows-1252"
 */
public record ParsedArticle(
        String source,
        String url,
        String title,
        String outlet,
        List<String> authors,
        OffsetDateTime published,
        String language,
        String body,
        List<String> notes) {

    public ParsedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
