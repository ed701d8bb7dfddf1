package org.factbench.core.evidence.anchor;

/**
 * How well the text around a candidate span agrees with the prefix and suffix recorded with the quote.
 *
 * <p>The prefix is aligned to end exactly where the candidate starts and the suffix to begin exactly where it
 * ends; the far end of each may float (an edit next to the quote shifts it). Each side scores 1 minus its edit
 * distance over its length. Unrelated English or Russian text still agrees by chance (spaces, "the ", "и "), so
 * the raw side score is rescaled so that this chance level counts as no agreement at all; otherwise a lookalike
 * sentence elsewhere would borrow credit from coincidental context.
 */
final class ContextSimilarity {

    /**
     * Raw side score that unrelated text reaches by chance. Measured on generated English and BBC bodies: the mean
     * raw score of a 32-character prefix against the text before a random sentence start is 0.29-0.33 (see
     * docs/ANCHORING.md); most chance agreement lies below 0.45.
     */
    static final double CHANCE_LEVEL = 0.35;

    /** Extra characters of the new text a side may use, so that a few inserted characters are a small penalty. */
    private static final int SLACK = 8;

    private final char[] prefix;
    private final char[] suffix;

    ContextSimilarity(String normalizedPrefix, String normalizedSuffix) {
        this.prefix = normalizedPrefix.toCharArray();
        this.suffix = normalizedSuffix.toCharArray();
    }

    /**
     * Agreement in [0, 1] of the context around {@code text[start, end)}, the two sides weighted by their recorded
     * lengths. With no recorded context at all (the quote was the whole body) there is nothing to contradict: 1.
     */
    double score(char[] text, int start, int end) {
        int total = prefix.length + suffix.length;
        if (total == 0) {
            return 1.0;
        }
        double weighted = 0;
        if (prefix.length > 0) {
            weighted += prefix.length * rescale(prefixScore(text, start));
        }
        if (suffix.length > 0) {
            weighted += suffix.length * rescale(suffixScore(text, end));
        }
        return weighted / total;
    }

    /** Raw agreement of the recorded prefix with the text before {@code start}, before rescaling. */
    double prefixScore(char[] text, int start) {
        int from = Math.max(0, start - prefix.length - SLACK);
        int distance = boundedDistance(prefix, true, text, from, start, true);
        return 1.0 - (double) distance / prefix.length;
    }

    /** Raw agreement of the recorded suffix with the text from {@code end}, before rescaling. */
    double suffixScore(char[] text, int end) {
        int to = Math.min(text.length, end + suffix.length + SLACK);
        int distance = boundedDistance(suffix, false, text, end, to, false);
        return 1.0 - (double) distance / suffix.length;
    }

    static double rescale(double raw) {
        return Math.max(0.0, (raw - CHANCE_LEVEL) / (1.0 - CHANCE_LEVEL));
    }

    /**
     * Edit distance between {@code side} and the best piece of {@code text[from, to)} that touches the candidate:
     * for a prefix the piece must end at {@code to}, for a suffix start at {@code from}; the other end is free.
     * Both are a plain DP walking away from the candidate, taking the minimum over the last row.
     */
    private static int boundedDistance(char[] side, boolean sideReversed, char[] text, int from, int to, boolean textReversed) {
        int m = side.length;
        int w = to - from;
        int[] previous = new int[w + 1];
        int[] current = new int[w + 1];
        for (int j = 0; j <= w; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            char a = sideReversed ? side[m - i] : side[i - 1];
            current[0] = i;
            for (int j = 1; j <= w; j++) {
                char b = textReversed ? text[to - j] : text[from + j - 1];
                int substitution = previous[j - 1] + (a == b ? 0 : 1);
                int deletion = previous[j] + 1;
                int insertion = current[j - 1] + 1;
                current[j] = Math.min(substitution, Math.min(deletion, insertion));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int best = m;
        for (int j = 0; j <= w; j++) {
            best = Math.min(best, previous[j]);
        }
        return best;
    }
}
