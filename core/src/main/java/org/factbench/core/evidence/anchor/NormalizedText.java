package org.factbench.core.evidence.anchor;

import java.util.Arrays;

/**
 * A text with every run of whitespace collapsed to one space and invisible format characters dropped, plus the
 * way back: each normalized character knows the index of the original character it came from.
 *
 * <p>Re-anchoring compares normalized text, so that a re-flowed paragraph or a non-breaking space put in by an
 * editor does not lose a link, and maps what it finds back to offsets into the real body.
 */
final class NormalizedText {

    private final String text;
    private final char[] chars;
    /** origin[i] is the index in the original text of normalized character i. */
    private final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.chars = text.toCharArray();
        this.origin = origin;
    }

    static NormalizedText of(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n];
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    origin[out.length()] = i;
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            origin[out.length()] = i;
            out.append(c);
        }
        return new NormalizedText(out.toString(), Arrays.copyOf(origin, out.length()));
    }

    /** The same normalization for a short string (a quote, a prefix) whose positions are not needed. */
    static String normalize(String original) {
        StringBuilder out = new StringBuilder(original.length());
        boolean inSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Zero-width characters and the soft hyphen: editors and CMSs add and remove them without changing the text. */
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    String text() {
        return text;
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return chars.length;
    }

    /** Original index of the first character of a normalized span starting at {@code normStart}. */
    int originalStart(int normStart) {
        return origin[normStart];
    }

    /** Original end (exclusive) of a normalized span ending (exclusive) at {@code normEnd}, which must be > 0. */
    int originalEnd(int normEnd) {
        return origin[normEnd - 1] + 1;
    }

    /** The normalized index of the first normalized character at or after original index {@code originalIndex}. */
    int normalizedIndexOf(int originalIndex) {
        int i = Arrays.binarySearch(origin, originalIndex);
        return i >= 0 ? i : -i - 1;
    }
}
