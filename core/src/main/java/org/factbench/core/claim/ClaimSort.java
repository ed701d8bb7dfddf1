package org.factbench.core.claim;

/**
 * The order of a claims list. Ties are broken by id in the same direction, so paging is stable.
 *
 * @param by        what to sort by
 * @param ascending oldest / A-Z first when true
 */
public record ClaimSort(Key by, boolean ascending) {

    /** The sortable columns; each names the claim property it sorts by. */
    public enum Key {
        UPDATED("updatedAt"),
        CREATED("createdAt"),
        STATEMENT("statement"),
        CLAIMANT("claimant"),
        STATUS("status");

        final String property;

        Key(String property) {
            this.property = property;
        }
    }

    public ClaimSort {
        if (by == null) throw new IllegalArgumentException("Say what to sort by.");
    }

    /** The board's default: what changed last comes first. */
    public static ClaimSort newestChange() {
        return new ClaimSort(Key.UPDATED, false);
    }

    /** The review queue's: what has waited longest comes first. */
    public static ClaimSort oldestChange() {
        return new ClaimSort(Key.UPDATED, true);
    }
}
