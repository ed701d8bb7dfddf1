package org.factbench.core.claim;

/** What became of a proposed verdict. */
public enum VerdictOutcome {
    PENDING,
    CHANGES_REQUESTED,
    APPROVED,
    WITHDRAWN
}
