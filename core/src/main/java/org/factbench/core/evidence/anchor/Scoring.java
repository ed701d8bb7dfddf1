package org.factbench.core.evidence.anchor;

/**
 * How a candidate's quote and context agreement combine into the one score compared with the minimum.
 *
 * <p>score = quoteSimilarity * (1 - w + w * contextSimilarity), where the context weight w depends on the quote's
 * length: a phrase of two or three words is identified mostly by its surroundings (news text repeats "the central
 * bank" and "said on Tuesday" everywhere), a long quote mostly by itself. Multiplying keeps the quote in charge:
 * context can only lower a score, never lift a poor match above the minimum. An exact copy of a quote with unrelated
 * surroundings scores 1 - w: 0.3 for a short phrase, 0.6 for a long sentence, both below the default minimum.
 *
 * @param minScore  below it the link is orphaned
 * @param tieMargin candidates closer than this are indistinguishable
 */
record Scoring(double minScore, double tieMargin) {

    /** Context weight for quotes of at most {@link #SHORT_QUOTE} normalized characters. */
    static final double SHORT_QUOTE_CONTEXT_WEIGHT = 0.7;
    /** Context weight for quotes of at least {@link #LONG_QUOTE} normalized characters. */
    static final double LONG_QUOTE_CONTEXT_WEIGHT = 0.4;
    static final int SHORT_QUOTE = 16;
    static final int LONG_QUOTE = 96;

    double combine(double quoteSimilarity, double contextSimilarity, int quoteLength) {
        double w = contextWeight(quoteLength);
        return quoteSimilarity * (1.0 - w + w * contextSimilarity);
    }

    static double contextWeight(int quoteLength) {
        double longness = Math.clamp((double) (quoteLength - SHORT_QUOTE) / (LONG_QUOTE - SHORT_QUOTE), 0.0, 1.0);
        return SHORT_QUOTE_CONTEXT_WEIGHT - (SHORT_QUOTE_CONTEXT_WEIGHT - LONG_QUOTE_CONTEXT_WEIGHT) * longness;
    }
}
