package org.factbench.core.evidence;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimEvent;

/** Stance or note changed. */
record EvidenceRevised(long claimId, long linkId, Stance stance, Instant at, String by) implements ClaimEvent {
}
