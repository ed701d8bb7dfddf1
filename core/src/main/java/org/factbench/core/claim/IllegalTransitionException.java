package org.factbench.core.claim;

/** A workflow step that the claim's current status does not allow (e.g. publishing a claim still in research). */
public class IllegalTransitionException extends RuntimeException {

    private final ClaimStatus from;
    private final ClaimStatus to;

    IllegalTransitionException(long claimId, ClaimStatus from, ClaimStatus to) {
        super("Claim " + claimId + " is " + from + " and cannot move to " + to
                + (from.next().isEmpty() ? "." : "; from " + from + " it can move to " + from.next() + "."));
        this.from = from;
        this.to = to;
    }

    IllegalTransitionException(long claimId, ClaimStatus from, String action) {
        super("Claim " + claimId + " is " + from + ": " + action + " is only possible while it is open "
                + "(NEW, IN_RESEARCH or IN_REVIEW). Reopen it first.");
        this.from = from;
        this.to = from;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }
}
