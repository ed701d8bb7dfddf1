package org.factbench.core.shared.event;

import java.time.Instant;

/**
 * Something that happened in core, named in the past tense. Published inside the transaction of the change
 * and delivered to {@code @TransactionalEventListener}s only after it commits; a rollback drops it.
 */
public interface FactbenchEvent {

    Instant at();

    /** Username of who caused it, or {@code system}. */
    String by();

    default String type() {
        return getClass().getSimpleName();
    }
}
