package org.factbench.indexer.claims;

import co.elastic.clients.elasticsearch.core.termvectors.Term;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import java.util.HashMap;
import java.util.Map;

/** TF-IDF weights of one analyzed text, for a cosine similarity in [0, 1]. */
record TermWeights(Map<String, Double> weights, long documents) {

    static final TermWeights EMPTY = new TermWeights(Map.of(), 0);

    /**
     * @param documents documents in the index; 0 means "take it from the vector's field statistics"
     */
    static TermWeights of(TermVector vector, long documents) {
        long n = documents > 0 ? documents
                : vector.fieldStatistics() == null ? 1 : Math.max(1, vector.fieldStatistics().docCount());
        Map<String, Double> weights = new HashMap<>();
        vector.terms().forEach((term, stats) -> weights.put(term, weight(stats, n)));
        return new TermWeights(weights, n);
    }

    private static double weight(Term stats, long documents) {
        double tf = 1 + Math.log(Math.max(1, stats.termFreq()));
        int df = stats.docFreq() == null ? 0 : stats.docFreq();
        // BM25's idf: positive for every df, largest for words no stored claim uses.
        double idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
        return tf * idf;
    }

    double cosine(TermWeights other) {
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double w = other.weights.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double norm = norm() * other.norm();
        return norm == 0 ? 0 : Math.min(1.0, dot / norm);
    }

    private double norm() {
        double sum = 0;
        for (double w : weights.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
