package org.factbench.indexer.parse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.factbench.indexer.normalize.Dates;

/**
 * An article as read from a source. A format reader builds it with what the source says (body as plain text in
 * paragraphs, markup already removed; metadata as written); the reader's finisher then applies metadata precedence,
 * normalization and language detection and hands the same record on, with {@code body} normalized (NFC,
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

    /** The same article under another source name. */
    public ParsedArticle withSource(String newSource) {
        return new ParsedArticle(newSource, url, title, outlet, authors, published, language, body, notes);
    }

    /** The same article with more notes. */
    public ParsedArticle withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new ParsedArticle(source, url, title, outlet, authors, published, language, body, all);
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Collects fields one by one, as readers find them. */
    public static final class Builder {

        private final String source;
        private String url;
        private String title;
        private String outlet;
        private final List<String> authors = new ArrayList<>();
        private OffsetDateTime published;
        private String language;
        private String body;
        private final List<String> notes = new ArrayList<>();

        private Builder(String source) {
            this.source = source;
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder outlet(String value) {
            outlet = value;
            return this;
        }

        public Builder authors(List<String> values) {
            authors.addAll(values);
            return this;
        }

        public Builder published(OffsetDateTime value) {
            published = value;
            return this;
        }

        /** Parses a date as the source wrote it; one we cannot read is left out with a note, not guessed. */
        public Builder published(String text) {
            if (text == null || text.isBlank()) {
                return this;
            }
            OffsetDateTime parsed = Dates.parse(text);
            if (parsed == null) {
                notes.add("date '" + abbreviate(text) + "' not understood; publication date left empty");
            }
            published = parsed;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder body(String value) {
            body = value;
            return this;
        }

        public Builder note(String value) {
            notes.add(value);
            return this;
        }

        public Builder notes(List<String> values) {
            notes.addAll(values);
            return this;
        }

        public ParsedArticle build() {
            return new ParsedArticle(source, url, title, outlet, authors, published, language, body, notes);
        }

        private static String abbreviate(String text) {
            String line = text.strip();
            return line.length() > 60 ? line.substring(0, 60) + "…" : line;
        }
    }
}
