package org.factbench.core.evidence;

/** What a passage does for the claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
