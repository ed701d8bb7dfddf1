package org.factbench.indexer.parse.jsonl;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a JSON record holds which part of an article. Fields the user mapped are read from exactly
 * that field (a dotted path such as "source.name" reaches into objects); the others are guessed from the
 * names common exports use.
 */
public final class FieldMapping {

    /** Our side of the mapping. */
    enum Field {
        TITLE("title", "headline", "name"),
        BODY("body", "text", "content", "article", "articleBody", "article_body", "maintext", "full_text", "fulltext", "story"),
        DATE("published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "date_published",
                "publish_date", "date_publish", "created_at", "timestamp", "time"),
        URL("url", "link", "canonical_url", "canonicalUrl", "source_url", "uri", "href"),
        AUTHOR("authors", "author", "byline", "creator", "creators", "writer"),
        OUTLET("outlet", "site_name", "siteName", "publisher", "source", "source_name", "site", "domain",
                "source_domain", "newspaper", "publication"),
        LANGUAGE("language", "lang", "locale", "language_code"),
        ID("id", "_id", "guid", "uuid");

        private final List<String> guesses;

        Field(String... guesses) {
            this.guesses = List.of(guesses);
        }
    }

    private static final Map<String, Field> NAMES = Map.ofEntries(
            Map.entry("title", Field.TITLE), Map.entry("body", Field.BODY), Map.entry("text", Field.BODY),
            Map.entry("content", Field.BODY), Map.entry("date", Field.DATE), Map.entry("published", Field.DATE),
            Map.entry("url", Field.URL), Map.entry("link", Field.URL), Map.entry("author", Field.AUTHOR),
            Map.entry("authors", Field.AUTHOR), Map.entry("outlet", Field.OUTLET), Map.entry("source", Field.OUTLET),
            Map.entry("language", Field.LANGUAGE), Map.entry("lang", Field.LANGUAGE), Map.entry("id", Field.ID));

    private final Map<Field, String> explicit;

    private FieldMapping(Map<Field, String> explicit) {
        this.explicit = explicit;
    }

    /**
     * @param ourFieldToSourceField e.g. {"body": "content", "date": "meta.published"}; empty to guess everything
     * @throws IllegalArgumentException naming the unknown field, so a typo is not silently ignored
     */
    public static FieldMapping of(Map<String, String> ourFieldToSourceField) {
        Map<Field, String> explicit = new EnumMap<>(Field.class);
        for (Map.Entry<String, String> entry : ourFieldToSourceField.entrySet()) {
            Field field = NAMES.get(entry.getKey().strip().toLowerCase(Locale.ROOT));
            if (field == null) {
                throw new IllegalArgumentException("unknown field '" + entry.getKey()
                        + "' in the JSON field mapping; use title, body, date, url, author, outlet, language or id");
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                throw new IllegalArgumentException("the JSON field mapping for '" + entry.getKey() + "' names no source field");
            }
            explicit.put(field, entry.getValue().strip());
        }
        return new FieldMapping(explicit);
    }

    /** The source field names to try for {@code field}, in order. */
    List<String> candidates(Field field) {
        String mapped = explicit.get(field);
        return mapped != null ? List.of(mapped) : field.guesses;
    }

    boolean isMapped(Field field) {
        return explicit.containsKey(field);
    }
}
