package org.factbench.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The paragraphs of a normalized article body: runs of text separated by at least one blank line, trimmed, as
 * offsets into the body. One rule for the indexer, which cuts its passages from these paragraphs, and the reader,
 * which shows a body paragraph by paragraph, so that both agree on the paragraph numbers.
 */
public final class ArticleParagraphs {

    /** A half-open range {@code [start, end)} of one paragraph in the body. */
    public record Range(int start, int end) {
    }

    private ArticleParagraphs() {
    }

    /**
     * A blank line is a line feed, optional spaces ({@code [\p{Zs}\t\r]*}: a body not fully normalized may carry
     * stray ones) and another line feed. Scanned by hand: the regex tried every position of every body.
     */
    public static List<Range> of(String body) {
        Objects.requireNonNull(body, "body");
        List<Range> paragraphs = new ArrayList<>();
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

    private static void add(List<Range> paragraphs, String body, int start, int end) {
        while (start < end && isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            paragraphs.add(new Range(start, end));
        }
    }

    /** Counts the no-break spaces that normalizers often keep as whitespace. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
