package org.factbench.core.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.SimilarClaim;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Similar existing claims, best first. The index may lag a moment behind the database (it is updated after
 * commit), so hits are checked against the database: merged or deleted claims are dropped.
 * Throws {@code CorpusUnavailableException} when the index cannot be reached.
 */
@Service
@Transactional(readOnly = true)
public class ClaimMatching {

    /**
     * Below this similarity two claims share a word or two, not a statement: showing them as "possible duplicates"
     * (at 3-5%) only trains checkers to ignore the list. A paraphrase found by meaning alone can score 0.1-0.2.
     */
    static final double MIN_SIMILARITY = 0.10;

    private final ClaimIndex index;
    private final ClaimRepository claims;

    ClaimMatching(ClaimIndex index, ClaimRepository claims) {
        this.index = index;
        this.claims = claims;
    }

    /** For a claim being written: what already exists that says the same. */
    @PreAuthorize(Access.CHECKER)
    public List<SimilarClaimView> similarTo(String statement, String language, int limit) {
        if (statement == null || statement.isBlank()) return List.of();
        return checked(index.findSimilar(statement.strip(), language, Math.clamp(limit, 1, 50)), -1);
    }

    /** For an existing claim: possible duplicates, itself excluded. */
    @PreAuthorize(Access.CHECKER)
    public List<SimilarClaimView> duplicatesOf(long claimId, int limit) {
        Claim claim = claims.require(claimId);
        return checked(index.findSimilar(claim.getStatement(), claim.getLanguage(), Math.clamp(limit, 1, 50) + 1), claimId)
                .stream().limit(Math.clamp(limit, 1, 50)).toList();
    }

    private List<SimilarClaimView> checked(List<SimilarClaim> hits, long excludeId) {
        Map<Long, Claim> current = claims.findAllById(hits.stream().map(SimilarClaim::claimId).toList()).stream()
                .collect(Collectors.toMap(Claim::getId, Function.identity()));
        return hits.stream()
                .filter(h -> h.score() >= MIN_SIMILARITY && h.claimId() != excludeId && current.containsKey(h.claimId())
                        && current.get(h.claimId()).getStatus() != ClaimStatus.MERGED)
                .map(h -> new SimilarClaimView(h.claimId(), current.get(h.claimId()).getStatement(),
                        current.get(h.claimId()).getStatus(), h.score()))
                .toList();
    }
}
