package org.factbench.indexer.segment;

/** A half-open range {@code [start, end)} of character offsets into an article body. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    boolean contains(int from, int to) {
        return start <= from && to <= end;
    }

    boolean overlaps(int from, int to) {
        return from < end && start < to;
    }

    /** The same range without leading and trailing whitespace; empty (start == end) when all is blank. */
    static Span trimmed(String body, int start, int end) {
        while (start < end && isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(body.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    /** Counts the no-break spaces that normalizers often keep as whitespace. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
