package org.factbench.core.claim;

/** Publishing was refused by the four-eyes rule: an editor other than the verdict's proposer must approve. */
public class PublishNotAllowedException extends RuntimeException {

    public enum Reason { NOT_AN_EDITOR, OWN_PROPOSAL }

    private final Reason reason;

    PublishNotAllowedException(Reason reason) {
        super(switch (reason) {
            case NOT_AN_EDITOR -> "Only an editor can publish a verdict.";
            case OWN_PROPOSAL -> "You proposed this verdict, so another editor has to approve and publish it.";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
