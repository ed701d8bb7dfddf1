package org.factbench.core.corpus;

import java.util.List;

/** Claims are also searchable outside the database, for claim matching (implemented in the indexer). */
public interface ClaimIndex {

    void index(IndexedClaim claim);

    void remove(long claimId);

    /** Existing claims that resemble {@code statement}, best first, with a score in [0, 1]. */
    List<SimilarClaim> findSimilar(String statement, String language, int limit);
}
