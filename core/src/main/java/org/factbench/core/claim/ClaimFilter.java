package org.factbench.core.claim;

/**
 * Board filters; null fields are not applied.
 *
 * @param text     case-insensitive substring of the statement or the claimant
 * @param assignee username
 */
public record ClaimFilter(ClaimStatus status, String assignee, Long collectionId, String tag, String text) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null);
    }

    public static ClaimFilter status(ClaimStatus status) {
        return new ClaimFilter(status, null, null, null, null);
    }
}
