package org.factbench.indexer.parse.text;

import org.factbench.indexer.normalize.Bylines;
import org.factbench.indexer.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Metadata at the top of a text file, as static site generators write it:
 * <pre>
 * ---
 * title: Talks resume in Moscow
 * outlet: Caucasus Monitor
 * authors: Jane Roe, John Doe
 * published: 2021-12-27
 * language: en
 * url: https://example.org/talks
 * ---
 * </pre>
 * Only flat "key: value" lines are understood (not full YAML); unknown keys are noted, not fatal.
 */
final class FrontMatter {

    private static final String FENCE = "---";
    private static final int MAX_LINES = 50;

    private FrontMatter() {
    }

    /** Applies the front matter starting at the first line, if any, and returns the index of the line after it. */
    static int apply(List<String> lines, ParsedArticle.Builder draft) {
        if (lines.isEmpty() || !lines.getFirst().strip().equals(FENCE)) {
            return 0;
        }
        int end = -1;
        for (int i = 1; i < Math.min(lines.size(), MAX_LINES); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return 0;
        }
        for (int i = 1; i < end; i++) {
            applyLine(lines.get(i), draft);
        }
        return end + 1;
    }

    private static void applyLine(String line, ParsedArticle.Builder draft) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.strip().startsWith("#")) {
            return;
        }
        if (colon <= 0) {
            draft.note("front matter line '" + line.strip() + "' ignored: expected 'key: value'");
            return;
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = unquote(line.substring(colon + 1).strip());
        switch (key) {
            case "title" -> draft.title(value);
            case "outlet", "source", "publisher" -> draft.outlet(value);
            case "author", "authors", "byline" -> draft.authors(authors(value));
            case "published", "date" -> draft.published(value);
            case "language", "lang" -> draft.language(value);
            case "url", "link" -> draft.url(value);
            default -> draft.note("front matter key '" + key + "' ignored");
        }
    }

    private static List<String> authors(String value) {
        String list = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        List<String> names = new ArrayList<>();
        for (String part : list.split(",")) {
            names.addAll(Bylines.split(unquote(part.strip())));
        }
        return names;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
