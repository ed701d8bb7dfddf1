package org.factbench.indexer.claims;

import java.lang.Character.UnicodeScript;

/**
 * What a cosine between two claim vectors means, as a similarity a user can read. bge-small's cosines are
 * compressed into the upper half: between short English claims we measured (query form) 0.36-0.44 for unrelated
 * ones, 0.47-0.63 for different claims on one topic (two wage and jobs figures), 0.72-0.80 for the same frame with
 * another actor or number ("cut rates to 2%" / "raised rates to 3%"), 0.75-0.85 for paraphrases with few shared words
 * and 0.98 for the same sentence. Shown raw, an unrelated claim would read "40% similar". So the cosine is mapped
 * linearly from {@link #FLOOR} (0: nothing in common beyond the topic) to {@link #CEILING} (1: the same vector), which
 * puts paraphrases at about 0.3-0.6, on the scale of the lexical cosine of a rewording. The ceiling is 1, not the
 * 0.98 of a repeated sentence, so that a statement with a few words added does not read "100% similar": only the same
 * words do (through the lexical side).
 */
final class SemanticSimilarity {

    static final double FLOOR = 0.65;
    static final double CEILING = 1.0;

    private SemanticSimilarity() {
    }

    /** @param cosine the cosine of the two vectors, in [-1, 1] */
    static double of(double cosine) {
        return Math.clamp((cosine - FLOOR) / (CEILING - FLOOR), 0.0, 1.0);
    }

    /** Elasticsearch's kNN score for cosine similarity is (1 + cosine) / 2. */
    static double fromKnnScore(double score) {
        return of(2 * score - 1);
    }

    /**
     * Whether the English model gives this statement a meaningful vector: the claim is in English, or its language
     * is not given and its letters are Latin. Russian vectors from bge-small-en sit close to every other Russian vector
     * (0.76 for two unrelated Russian claims) and nowhere near their English translation (0.51, as for an unrelated
     * English claim), so they are neither stored nor searched.
     */
    static boolean covers(String language, String statement) {
        if (language != null && !language.isBlank()) {
            return language.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en");
        }
        long letters = statement.codePoints().filter(Character::isLetter).count();
        long latin = statement.codePoints().filter(c -> Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.LATIN)
                .count();
        return letters > 0 && latin >= 0.9 * letters;
    }
}
