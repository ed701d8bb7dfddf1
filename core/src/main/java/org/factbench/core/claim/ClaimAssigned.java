package org.factbench.core.claim;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimEvent;

/** {@code assignee} is a username, or null when the claim was unassigned. */
record ClaimAssigned(long claimId, String assignee, Instant at, String by) implements ClaimEvent {
}
