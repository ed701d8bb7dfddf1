package org.factbench.indexer.parse;

import org.factbench.indexer.normalize.Dates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a format reader found for one article, before metadata precedence, normalization and language
 * detection turn it into a {@link ParsedArticle}. The body is plain text (markup already removed) in
 * paragraphs separated by blank lines; everything else is as the source wrote it.
 */
public record ArticleDraft(
        String source,
        String url,
        String title,
        String outlet,
        List<String> authors,
        OffsetDateTime published,
        String language,
        String body,
        List<String> notes) {

    public ArticleDraft {
        authors = authors == null ? List.of() : List.copyOf(authors);
        notes = notes == null ? List.of() : List.copyOf(notes);
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

        public ArticleDraft build() {
            return new ArticleDraft(source, url, title, outlet, authors, published, language, body, notes);
        }

        private static String abbreviate(String text) {
            String line = text.strip();
            return line.length() > 60 ? line.substring(0, 60) + "…" : line;
        }
    }
}
