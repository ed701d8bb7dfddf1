package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

public record ClaimRejected(long claimId, String reason, Instant at, String by) implements ClaimStateChanged {
}
