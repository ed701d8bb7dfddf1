package org.factbench.indexer.parse;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Metadata given on the command line (it wins over what a file says) and the JSON Lines field mapping.
 *
 * @param jsonFields our field name (title, body, date, url, author, outlet, language, id) to the source's
 *                   field name; empty means "guess from the common names" (text/content/body, date/published, ...)
 */
public record ReadOptions(String outlet, OffsetDateTime published, String language, Map<String, String> jsonFields) {

    public ReadOptions {
        jsonFields = jsonFields == null ? Map.of() : Map.copyOf(jsonFields);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, null, null, Map.of());
    }
}
