package org.factbench.core.claim;

import java.time.Instant;
import org.factbench.core.user.UserRef;

/** A row of the claims board. */
public record ClaimSummary(long id, String statement, String claimant, String language, ClaimStatus status,
        Long collectionId, UserRef assignee, Instant updatedAt, long version) {
}
