package org.factbench.core.shared;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking in two steps: the version the user loaded must still be current when the service loads
 * the entity, and a concurrent commit between that check and our write is caught at flush. Both end in
 * the same {@link StaleEditException}, so callers handle one error.
 */
public final class Versions {

    private Versions() {
    }

    public static void expect(String subject, long id, long current, long expected, Object attempted) {
        if (current != expected) {
            throw new StaleEditException(subject, id, expected, attempted);
        }
    }

    /** Runs {@code flush} (e.g. {@code repository.flush()}) and turns a lost optimistic race into the typed error. */
    public static void flush(Runnable flush, Supplier<StaleEditException> onConflict) {
        try {
            flush.run();
        } catch (OptimisticLockingFailureException | OptimisticLockException e) {
            StaleEditException stale = onConflict.get();
            stale.initCause(e);
            throw stale;
        }
    }
}
