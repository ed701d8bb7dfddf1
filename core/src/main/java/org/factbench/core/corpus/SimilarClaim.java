package org.factbench.core.corpus;

/** An existing claim that resembles a new one; score in [0, 1]. */
public record SimilarClaim(long claimId, String statement, String status, double score) {
}
