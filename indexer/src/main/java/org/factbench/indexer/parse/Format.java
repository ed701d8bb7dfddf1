package org.factbench.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** The input formats (WARC covers ARC, which the same reader reads), told apart by file extension first and by the first bytes when the extension says nothing. */
enum Format {
    TEXT, HTML, JSON_LINES, JSON, FEED, WARC;

    private static final Map<String, Format> BY_EXTENSION = Map.ofEntries(
            Map.entry("txt", TEXT), Map.entry("text", TEXT),
            Map.entry("html", HTML), Map.entry("htm", HTML), Map.entry("xhtml", HTML), Map.entry("shtml", HTML),
            Map.entry("jsonl", JSON_LINES), Map.entry("ndjson", JSON_LINES), Map.entry("jsonlines", JSON_LINES),
            Map.entry("json", JSON),
            Map.entry("rss", FEED), Map.entry("atom", FEED), Map.entry("rdf", FEED),
            Map.entry("warc", WARC), Map.entry("arc", WARC));

    /** The format named by the file's extension; null when the extension is missing, unknown or ambiguous (.xml). */
    static Format byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Guesses the format of a text from its start; null when it looks like no structured format (plain text then). */
    static Format byContent(byte[] head, int length) {
        String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = skipBomAndWhitespace(start);
        if (start.startsWith("warc/", i) || start.startsWith("filedesc://", i)) {
            return WARC;
        }
        if (start.startsWith("{", i)) {
            return JSON_LINES;
        }
        if (start.startsWith("[", i)) {
            return JSON;
        }
        if (!start.startsWith("<", i)) {
            return null;
        }
        int feed = firstOf(start, "<rss", "<rdf:rdf", "<feed");
        int html = firstOf(start, "<html", "<!doctype html", "<head", "<body");
        if (feed >= 0 && (html < 0 || feed < html)) {
            return FEED;
        }
        if (html >= 0 || start.contains("<p>") || start.contains("<div")) {
            return HTML;
        }
        return start.startsWith("<?xml", i) ? FEED : HTML;
    }

    private static int skipBomAndWhitespace(String s) {
        int i = 0;
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            i = 3;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = s.indexOf(needle);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
