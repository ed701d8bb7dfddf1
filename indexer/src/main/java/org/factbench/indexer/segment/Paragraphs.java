package org.factbench.indexer.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the paragraphs of a normalized body: runs of text separated by at least one blank line. */
final class Paragraphs {

    // A blank line may carry stray spaces when the body was not fully normalized; it still separates.
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Zs}\\t\\r]*\\n");

    private Paragraphs() {
    }

    static List<Span> of(String body) {
        List<Span> paragraphs = new ArrayList<>();
        Matcher separator = BLANK_LINE.matcher(body);
        int from = 0;
        while (separator.find()) {
            add(paragraphs, body, from, separator.start());
            from = separator.end();
        }
        add(paragraphs, body, from, body.length());
        return paragraphs;
    }

    private static void add(List<Span> paragraphs, String body, int start, int end) {
        Span paragraph = Span.trimmed(body, start, end);
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph);
        }
    }
}
