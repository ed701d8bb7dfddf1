package org.factbench.web.article;

/**
 * A span of the body the reader marks: {@code [start, end)} in body offsets, a CSS class for its look, a short
 * label shown before it (and read by screen readers, so colour is never the only sign) and a longer title.
 */
public record ReaderHighlight(int start, int end, String className, String label, String title) {

    public ReaderHighlight {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A highlight needs 0 <= start < end, got " + start + ".." + end);
        }
    }
}
