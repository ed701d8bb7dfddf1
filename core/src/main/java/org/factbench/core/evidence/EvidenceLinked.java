package org.factbench.core.evidence;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimEvent;

public record EvidenceLinked(long claimId, long linkId, String articleId, int articleVersion, Stance stance, Instant at,
        String by) implements ClaimEvent {
}
