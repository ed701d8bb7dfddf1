package org.factbench.core.evidence.anchor;

/**
 * A place in the new body where the quote might now be, in normalized coordinates, with what speaks for it.
 *
 * @param start             normalized start, inclusive
 * @param end               normalized end, exclusive
 * @param quoteSimilarity   1 - edit distance / quote length, on whitespace-normalized text; 1 for an exact match
 * @param contextSimilarity agreement of the surrounding text with the recorded prefix and suffix, in [0, 1]
 * @param score             the combined score compared with the minimum (see {@link Reanchorer})
 */
record Candidate(int start, int end, double quoteSimilarity, double contextSimilarity, double score) {

    boolean exact() {
        return quoteSimilarity == 1.0;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
