package org.factbench.core.claim;

import java.time.Instant;
import java.util.List;
import org.factbench.core.user.UserRef;

/**
 * A claim as the workspace and the API show it, with its verdict history (oldest first).
 * {@code version} goes back into every command that changes the claim.
 */
public record ClaimView(long id, String statement, String claimant, String language, List<String> tags,
        List<Appearance> appearances, Long collectionId, ClaimStatus status, String statusReason, UserRef assignee,
        UserRef createdBy, Instant createdAt, Instant updatedAt, Long mergedIntoId, List<VerdictView> verdicts,
        long version) {

    /** The latest verdict proposal, or null before the first one. */
    public VerdictView currentVerdict() {
        return verdicts.isEmpty() ? null : verdicts.getLast();
    }
}
