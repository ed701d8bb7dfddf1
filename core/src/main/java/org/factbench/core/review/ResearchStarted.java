package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

record ResearchStarted(long claimId, String assignee, Instant at, String by) implements ClaimStateChanged {
}
