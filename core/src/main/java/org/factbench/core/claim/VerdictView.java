package org.factbench.core.claim;

import java.time.Instant;
import org.factbench.core.user.UserRef;

/** One proposed verdict and what became of it. {@code rating} is a code of the configured rating scale. */
public record VerdictView(long id, String rating, String summary, UserRef proposer, Instant proposedAt,
        VerdictOutcome outcome, UserRef reviewer, Instant reviewedAt, String reviewNote) {
}
