package org.factbench.core.claim;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

record ClaimCreated(long claimId, String statement, Instant at, String by) implements ClaimStateChanged {
}
