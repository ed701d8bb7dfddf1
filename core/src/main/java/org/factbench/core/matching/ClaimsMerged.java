package org.factbench.core.matching;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

/** {@code duplicateId} was merged into {@code claimId}, which now holds its evidence and comments. */
record ClaimsMerged(long claimId, long duplicateId, int movedEvidence, int movedComments, Instant at, String by)
        implements ClaimStateChanged {
}
