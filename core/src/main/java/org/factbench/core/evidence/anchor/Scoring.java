package org.factbench.core.evidence.anchor;

/**
 * How a candidate's quote and context agreement combine into the one score compared with the minimum.
 *
 * <p>score = quoteSimilarity * (1 - contextWeight + contextWeight * contextSimilarity). Multiplying keeps the quote
 * in charge (context can only lower a score, never lift a poor match above the minimum), and with a context weight
 * of one half an exact copy of the quote with unrelated surroundings reaches only 0.5: a lookalike elsewhere in the
 * article cannot win on its words alone.
 *
 * @param minScore      below it the link is orphaned
 * @param contextWeight share of the score that the context can take away, in [0, 1]
 * @param tieMargin     candidates closer than this are indistinguishable
 */
record Scoring(double minScore, double contextWeight, double tieMargin) {

    double combine(double quoteSimilarity, double contextSimilarity) {
        return quoteSimilarity * (1.0 - contextWeight + contextWeight * contextSimilarity);
    }
}
