package org.factbench.core.claim;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

record ClaimUpdated(long claimId, long version, Instant at, String by) implements ClaimStateChanged {
}
