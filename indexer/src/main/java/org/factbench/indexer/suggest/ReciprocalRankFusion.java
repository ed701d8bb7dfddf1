package org.factbench.indexer.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al. 2009): each list adds {@code weight / (k + rank)} to an item's score, so
 * only ranks count, never the incomparable raw scores of BM25 and cosine. Computed here rather than by the
 * {@code rrf} retriever, which needs a licence the local distribution lacks. Ties keep the first list's order.
 */
final class ReciprocalRankFusion {

    /** The constant of the paper: damps the head so one list's first hit does not decide alone. */
    static final int K = 60;

    /** An item's fused score and its 1-based rank in each list (0: not in it). */
    record Fused(String id, double score, int[] ranks) {

        int rank(int list) {
            return ranks[list];
        }
    }

    private ReciprocalRankFusion() {
    }

    static List<Fused> fuse(List<List<String>> rankings, double[] weights, int k) {
        if (weights.length != rankings.size()) {
            throw new IllegalArgumentException("one weight per ranking");
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, int[]> ranks = new HashMap<>();
        for (int list = 0; list < rankings.size(); list++) {
            List<String> ranking = rankings.get(list);
            for (int i = 0; i < ranking.size(); i++) {
                String id = ranking.get(i);
                int[] r = ranks.computeIfAbsent(id, x -> new int[rankings.size()]);
                if (r[list] != 0) {
                    continue; // a duplicate within one list counts once, at its best rank
                }
                r[list] = i + 1;
                scores.computeIfAbsent(id, x -> new double[1])[0] += weights[list] / (k + i + 1);
            }
        }
        List<Fused> fused = new ArrayList<>(scores.size());
        scores.forEach((id, score) -> fused.add(new Fused(id, score[0], ranks.get(id))));
        fused.sort(Comparator.comparingDouble(Fused::score).reversed());
        return fused;
    }
}
