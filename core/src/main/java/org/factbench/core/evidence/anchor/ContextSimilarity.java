package org.factbench.core.evidence.anchor;

import java.util.Arrays;

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

    /** Stands for the start of the body before the first character, and for its end after the last. */
    private static final char BOUNDARY = '\u0000';

    private final char[] prefix;
    private final char[] suffix;
    private final int prefixWeight;
    private final int suffixWeight;
    private final ApproximateMatcher prefixMatcher;
    private final ApproximateMatcher suffixMatcher;

    /**
     * @param reachesStart the recorded prefix is shorter than the context length because the quote was near the
     *                     start of the body: the start itself is then part of the context (a quote that opened the
     *                     article and still does agrees on that side, even with nothing before it)
     * @param reachesEnd   the same for the suffix and the end of the body
     */
    ContextSimilarity(String normalizedPrefix, String normalizedSuffix, boolean reachesStart, boolean reachesEnd) {
        this.prefix = (reachesStart ? BOUNDARY + normalizedPrefix : normalizedPrefix).toCharArray();
        this.suffix = (reachesEnd ? normalizedSuffix + BOUNDARY : normalizedSuffix).toCharArray();
        this.prefixWeight = reachesStart ? TextQuoteSelector.CONTEXT_LENGTH : prefix.length;
        this.suffixWeight = reachesEnd ? TextQuoteSelector.CONTEXT_LENGTH : suffix.length;
        this.prefixMatcher = prefix.length == 0 ? null : new ApproximateMatcher(prefix);
        this.suffixMatcher = suffix.length == 0 ? null : new ApproximateMatcher(suffix);
    }

    /** Context as recorded with a quote: a side shorter than the context length reached the body's edge. */
    static ContextSimilarity of(TextQuoteSelector quote) {
        return new ContextSimilarity(NormalizedText.normalize(quote.prefix()), NormalizedText.normalize(quote.suffix()),
                quote.prefix().length() < TextQuoteSelector.CONTEXT_LENGTH, quote.suffix().length() < TextQuoteSelector.CONTEXT_LENGTH);
    }

    /**
     * Agreement in [0, 1] of the context around {@code text[start, end)}, the two sides weighted by their recorded
     * lengths. With no recorded context at all (the quote was the whole body) there is nothing to contradict: 1.
     */
    double score(char[] text, int start, int end) {
        return combine(prefixAgreement(text, start), suffixAgreement(text, end));
    }

    /** The two sides' agreements (from the methods below) weighted by their recorded lengths. */
    double combine(double prefixAgreement, double suffixAgreement) {
        int total = prefixWeight + suffixWeight;
        if (total == 0) {
            return 1.0;
        }
        return (prefixWeight * prefixAgreement + suffixWeight * suffixAgreement) / total;
    }

    /** Rescaled agreement of the recorded prefix with the text before {@code start}; 0 if none was recorded. */
    double prefixAgreement(char[] text, int start) {
        return prefix.length == 0 ? 0.0 : rescale(prefixScore(text, start));
    }

    /** Rescaled agreement of the recorded suffix with the text from {@code end}; 0 if none was recorded. */
    double suffixAgreement(char[] text, int end) {
        return suffix.length == 0 ? 0.0 : rescale(suffixScore(text, end));
    }

    /** Raw agreement of the recorded prefix with the text before {@code start}, before rescaling. */
    double prefixScore(char[] text, int start) {
        int from = start - prefix.length - SLACK;
        int distance;
        if (from >= 0) {
            if (Arrays.equals(prefix, 0, prefix.length, text, start - prefix.length, start)) {
                return 1.0;
            }
            distance = Math.min(prefix.length, min(prefixMatcher.distancesOfSpansEndingAt(text, from, start)));
        } else {
            distance = boundedDistance(prefix, true, text, Math.max(-1, from), start, true);
        }
        return 1.0 - (double) distance / prefix.length;
    }

    /** Raw agreement of the recorded suffix with the text from {@code end}, before rescaling. */
    double suffixScore(char[] text, int end) {
        int to = end + suffix.length + SLACK;
        int distance;
        if (to <= text.length) {
            if (Arrays.equals(suffix, 0, suffix.length, text, end, end + suffix.length)) {
                return 1.0;
            }
            distance = Math.min(suffix.length, min(suffixMatcher.distancesOfSpansStartingAt(text, end, to)));
        } else {
            distance = boundedDistance(suffix, false, text, end, Math.min(text.length + 1, to), false);
        }
        return 1.0 - (double) distance / suffix.length;
    }

    private static int min(int[] values) {
        int min = Integer.MAX_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    static double rescale(double raw) {
        return Math.max(0.0, (raw - CHANCE_LEVEL) / (1.0 - CHANCE_LEVEL));
    }

    /**
     * Edit distance between {@code side} and the best piece of {@code text[from, to)} that touches the candidate:
     * for a prefix the piece must end at {@code to}, for a suffix start at {@code from}; the other end is free.
     * Away from the body's edges the bit-parallel matcher computes this (a 32-character side is one machine word);
     * near them this plain DP walks away from the candidate and reads index -1 and {@code text.length} as the
     * boundary.
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
                int at = textReversed ? to - j : from + j - 1;
                char b = at < 0 || at >= text.length ? BOUNDARY : text[at];
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
