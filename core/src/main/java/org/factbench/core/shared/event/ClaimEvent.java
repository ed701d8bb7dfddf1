package org.factbench.core.shared.event;

/** An event about one claim, so live views can subscribe per claim. */
public interface ClaimEvent extends FactbenchEvent {

    long claimId();
}
