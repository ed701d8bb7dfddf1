package org.factbench.web.claim.workspace;

/**
 * The places in the workspace that other features fill. Each is a {@code Div} with the id given here, empty
 * (and hidden) unless a {@link WorkspaceSlotContent} bean provides a component for it.
 */
public enum WorkspaceSlot {
    /** Above the evidence: the evidence finder (passage search inside the claim). */
    FINDER("fb-slot-finder"),
    /** Below the evidence: suggested passages for the claim. */
    SUGGESTIONS("fb-slot-suggestions"),
    /** In the claim header: who else has the claim open. */
    PRESENCE("fb-slot-presence"),
    /** In the verdict column, under the link to the published report: report downloads. */
    REPORT("fb-slot-report");

    private final String id;

    WorkspaceSlot(String id) {
        this.id = id;
    }

    /** Whether what fills the slot adds evidence, so it is shown only while the claim takes evidence (is open). */
    public boolean addsEvidence() {
        return this == FINDER || this == SUGGESTIONS;
    }

    /** The element id of the slot's container. */
    public String id() {
        return id;
    }
}
