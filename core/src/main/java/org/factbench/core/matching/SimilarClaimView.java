package org.factbench.core.matching;

import org.factbench.core.claim.ClaimStatus;

/** A possibly duplicate claim; {@code score} in [0, 1] from the claim index, {@code status} from the database. */
public record SimilarClaimView(long claimId, String statement, ClaimStatus status, double score) {
}
