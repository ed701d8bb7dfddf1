package org.factbench.core.shared.event;

/** A claim event that changes what the claim index stores (statement, tags, status): triggers re-indexing. */
public interface ClaimStateChanged extends ClaimEvent {
}
