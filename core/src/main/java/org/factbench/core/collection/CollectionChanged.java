package org.factbench.core.collection;

import java.time.Instant;
import org.factbench.core.shared.event.FactbenchEvent;

/** A collection was created ({@code created}) or renamed/redescribed. */
record CollectionChanged(long collectionId, String name, boolean created, Instant at, String by) implements FactbenchEvent {
}
