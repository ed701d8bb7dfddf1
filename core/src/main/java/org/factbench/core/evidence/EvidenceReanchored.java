package org.factbench.core.evidence;

import java.time.Instant;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.shared.event.ClaimEvent;

/** A link was checked against a new article version; {@code state} ORPHANED means its passage was not found. */
record EvidenceReanchored(long claimId, long linkId, String articleId, int fromVersion, int toVersion,
        AnchorState state, Instant at, String by) implements ClaimEvent {
}
