package org.factbench.core.evidence;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimEvent;

record EvidenceUnlinked(long claimId, long linkId, Instant at, String by) implements ClaimEvent {
}
