package org.factbench.indexer.segment;

import java.util.ArrayList;
import java.util.List;

/** Finds the paragraphs of a normalized body: runs of text separated by at least one blank line. */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * A blank line is a line feed, optional spaces ({@code [\p{Zs}\t\r]*}: a body not fully normalized may carry
     * stray ones) and another line feed. Scanned by hand: the regex tried every position of every body.
     */
    static List<Span> of(String body) {
        List<Span> paragraphs = new ArrayList<>();
        int from = 0;
        int lineFeed = body.indexOf('\n');
        while (lineFeed >= 0) {
            int next = lineFeed + 1;
            while (next < body.length() && isBlankLineSpace(body.charAt(next))) {
                next++;
            }
            if (next < body.length() && body.charAt(next) == '\n') {
                add(paragraphs, body, from, lineFeed);
                from = next + 1;
                lineFeed = body.indexOf('\n', from);
            } else {
                lineFeed = body.indexOf('\n', lineFeed + 1);
            }
        }
        add(paragraphs, body, from, body.length());
        return paragraphs;
    }

    private static boolean isBlankLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static void add(List<Span> paragraphs, String body, int start, int end) {
        Span paragraph = Span.trimmed(body, start, end);
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph);
        }
    }
}
