package org.factbench.core.evidence.anchor;

import java.util.Arrays;

/**
 * Approximate string matching of one pattern inside windows of a text: for every position of the window, the
 * Levenshtein distance between the pattern and the best substring of the text that ends (or, scanning backwards,
 * starts) there.
 *
 * <p>Myers' bit-vector algorithm (1999) in Hyyrö's block form: 64 rows of the dynamic-programming matrix per
 * machine word, so a window of w characters costs about w * ceil(m / 64) word operations instead of w * m cells.
 * Information in the matrix flows from low bits to high bits only, so the unused high bits of the last block
 * never disturb row m, whose value is tracked directly.
 */
final class ApproximateMatcher {

    private static final long[] NO_MATCH_PLACEHOLDER = new long[0];

    private final int length;
    private final int blocks;
    private final long lastRowBit;
    private final long[] noMatch;
    private final CharMasks forward;
    private final CharMasks backward;

    ApproximateMatcher(char[] pattern) {
        if (pattern.length == 0) {
            throw new IllegalArgumentException("the pattern to match cannot be empty");
        }
        this.length = pattern.length;
        this.blocks = (length + 63) >>> 6;
        this.lastRowBit = 1L << ((length - 1) & 63);
        this.noMatch = new long[blocks];
        this.forward = new CharMasks(pattern, blocks, false);
        this.backward = new CharMasks(pattern, blocks, true);
    }

    int patternLength() {
        return length;
    }

    /**
     * Distances for substrings ending at each index of {@code text[from, to)}: result[j - from] is the smallest edit
     * distance between the pattern and some {@code text[s, j]}, s in [from, j + 1].
     */
    int[] distancesEndingAt(char[] text, int from, int to) {
        return scan(text, from, to, false, false);
    }

    /**
     * Distances of the spans that end exactly at {@code end}, growing leftwards: result[k] is the edit distance
     * between the pattern and {@code text[end - 1 - k, end)}, for spans reaching back to {@code from}.
     */
    int[] distancesOfSpansEndingAt(char[] text, int from, int end) {
        return scan(text, from, end, true, true);
    }

    /**
     * Distances of the spans that start exactly at {@code start}, growing rightwards: result[k] is the edit distance
     * between the pattern and {@code text[start, start + k + 1)}, for spans reaching up to {@code to}.
     */
    int[] distancesOfSpansStartingAt(char[] text, int start, int to) {
        return scan(text, start, to, false, true);
    }

    private int[] scan(char[] text, int from, int to, boolean leftwards, boolean pinned) {
        int steps = Math.max(0, to - from);
        int[] distances = new int[steps];
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        CharMasks masks = leftwards ? backward : forward;
        int score = length;
        int last = blocks - 1;
        for (int step = 0; step < steps; step++) {
            char c = text[leftwards ? to - 1 - step : from + step];
            long[] eqs = masks.get(c);
            if (eqs == NO_MATCH_PLACEHOLDER) {
                eqs = noMatch;
            }
            // Free: the top row is 0, a match may begin anywhere. Pinned: it grows by one per text character.
            int hin = pinned ? 1 : 0;
            for (int b = 0; b < blocks; b++) {
                long eq = eqs[b];
                long p = pv[b];
                long mvb = mv[b];
                long xv = eq | mvb;
                if (hin < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & p) + p) ^ p) | eq;
                long ph = mvb | ~(xh | p);
                long mh = p & xh;
                int hout;
                if (b == last) {
                    score += ((ph & lastRowBit) != 0 ? 1 : 0) - ((mh & lastRowBit) != 0 ? 1 : 0);
                    hout = 0;
                } else {
                    hout = (int) (ph >>> 63) - (int) (mh >>> 63);
                }
                ph <<= 1;
                mh <<= 1;
                if (hin < 0) {
                    mh |= 1L;
                } else if (hin > 0) {
                    ph |= 1L;
                }
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            distances[step] = score;
        }
        return distances;
    }

    /**
     * Per distinct pattern character, the bit mask of the rows where it occurs: a direct table for ASCII (most of
     * news text), open addressing with Fibonacci hashing for everything else.
     */
    private static final class CharMasks {

        private final long[][] ascii = new long[128][];
        private final char[] keys;
        private final long[][] masks;
        private final int shift;
        private final int mask;

        CharMasks(char[] pattern, int blocks, boolean reversed) {
            int capacity = Integer.highestOneBit(Math.max(4, distinct(pattern) * 2 - 1)) << 1;
            keys = new char[capacity];
            masks = new long[capacity][];
            mask = capacity - 1;
            shift = 32 - Integer.numberOfTrailingZeros(capacity);
            int m = pattern.length;
            for (int row = 0; row < m; row++) {
                char c = reversed ? pattern[m - 1 - row] : pattern[row];
                long[] bits;
                if (c < 128) {
                    if (ascii[c] == null) {
                        ascii[c] = new long[blocks];
                    }
                    bits = ascii[c];
                } else {
                    int slot = slotOf(c);
                    if (masks[slot] == null) {
                        keys[slot] = c;
                        masks[slot] = new long[blocks];
                    }
                    bits = masks[slot];
                }
                bits[row >>> 6] |= 1L << (row & 63);
            }
        }

        private static int distinct(char[] pattern) {
            char[] sorted = pattern.clone();
            Arrays.sort(sorted);
            int count = 1;
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] != sorted[i - 1]) {
                    count++;
                }
            }
            return count;
        }

        private int slotOf(char c) {
            int slot = (c * 0x9E3779B9) >>> shift;
            while (masks[slot] != null && keys[slot] != c) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        long[] get(char c) {
            if (c < 128) {
                long[] bits = ascii[c];
                return bits == null ? NO_MATCH_PLACEHOLDER : bits;
            }
            long[] bits = masks[slotOf(c)];
            return bits == null ? NO_MATCH_PLACEHOLDER : bits;
        }
    }
}
