package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

record ClaimReopened(long claimId, String reason, Instant at, String by) implements ClaimStateChanged {
}
