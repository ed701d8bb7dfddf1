package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

public record VerdictProposed(long claimId, String rating, Instant at, String by) implements ClaimStateChanged {
}
