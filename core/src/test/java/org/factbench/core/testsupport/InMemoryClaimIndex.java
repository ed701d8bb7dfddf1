package org.factbench.core.testsupport;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.SimilarClaim;
import org.springframework.stereotype.Component;

/** Core's claim-index port in memory, scoring by word overlap (Jaccard); Elasticsearch does it for real. */
@Component
public class InMemoryClaimIndex implements ClaimIndex {

    private final Map<Long, IndexedClaim> claims = new ConcurrentHashMap<>();

    @Override
    public void index(IndexedClaim claim) {
        claims.put(claim.id(), claim);
    }

    @Override
    public void remove(long claimId) {
        claims.remove(claimId);
    }

    @Override
    public List<SimilarClaim> findSimilar(String statement, String language, int limit) {
        Set<String> words = words(statement);
        return claims.values().stream()
                .map(c -> new SimilarClaim(c.id(), c.statement(), c.status(), jaccard(words, words(c.statement()))))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(SimilarClaim::score).reversed())
                .limit(limit)
                .toList();
    }

    public IndexedClaim get(long claimId) {
        return claims.get(claimId);
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 2).collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
