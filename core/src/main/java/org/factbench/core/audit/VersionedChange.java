package org.factbench.core.audit;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.shared.Versions;
import org.factbench.core.user.UserAccount;

/**
 * The one sequence every change to a versioned entity follows: check that the version the user loaded is still
 * current, view the entity before, change it, flush (a concurrent commit becomes a {@link StaleEditException}),
 * view it after, record the change in the activity log, publish the event. A service says only what differs (the
 * entity, the change, the event); the order is written once, here.
 *
 * <pre>{@code
 * changes.versioned("Claim", claimId, claim, claim.getVersion(), mapper::toView, claims::flush)
 *         .expect(expectedVersion, details)
 *         .apply(actor, Change.of("CLAIM_UPDATED", "CLAIM", claimId).claim(claimId),
 *                 c -> c.edit(details, now), (before, after) -> new ClaimUpdated(...));
 * }</pre>
 *
 * @param <E> the entity
 * @param <V> its view, recorded before and after and returned to the caller
 */
public final class VersionedChange<E, V> {

    /** The event to publish, from what the change returned and the views before and after it. */
    @FunctionalInterface
    private interface Announcement<R, V> {
        Object event(R result, V before, V after);
    }

    private final ChangeRecorder changes;
    private final String subject;
    private final long id;
    private final E entity;
    private final long currentVersion;
    private final Function<E, V> view;
    private final Runnable flush;
    private Long expectedVersion;
    private Object attempted;

    VersionedChange(ChangeRecorder changes, String subject, long id, E entity, long currentVersion,
            Function<E, V> view, Runnable flush) {
        this.changes = changes;
        this.subject = subject;
        this.id = id;
        this.entity = entity;
        this.currentVersion = currentVersion;
        this.view = view;
        this.flush = flush;
    }

    /**
     * Refuses at once with a {@link StaleEditException} (carrying {@code attempted} back to the form) when the
     * user's version is no longer current. Checks the caller makes after this one (is the input valid, is the claim
     * open) come after the version check, as before.
     */
    public VersionedChange<E, V> expect(long expected, Object attemptedCommand) {
        Versions.expect(subject, id, currentVersion, expected, attemptedCommand);
        this.expectedVersion = expected;
        this.attempted = attemptedCommand;
        return this;
    }

    /** Changes the entity and returns its view after the change; the event is made from the views before and after. */
    public V apply(UserAccount actor, Change change, Consumer<E> mutation, BiFunction<V, V, Object> event) {
        return run(actor, change, entity -> {
            mutation.accept(entity);
            return null;
        }, (nothing, before, after) -> event.apply(before, after));
    }

    /** Like {@link #apply}, for a domain step that returns the event it caused (a workflow step). */
    public V applyStep(UserAccount actor, Change change, Function<E, ?> step) {
        return run(actor, change, step, (event, before, after) -> event);
    }

    private <R> V run(UserAccount actor, Change change, Function<E, R> mutation, Announcement<R, V> announcement) {
        V before = viewBeforeChecked();
        R result = mutation.apply(entity);
        flush();
        V after = view.apply(entity);
        changes.record(actor, change.before(before).after(after));
        changes.publish(announcement.event(result, before, after));
        return after;
    }

    /** Removes the entity: the log keeps the view before, the event is made from it. */
    public void remove(UserAccount actor, Change change, Consumer<E> removal, Function<V, Object> announcement) {
        V before = viewBeforeChecked();
        removal.accept(entity);
        flush();
        changes.record(actor, change.before(before));
        changes.publish(announcement.apply(before));
    }

    private V viewBeforeChecked() {
        if (expectedVersion == null) {
            throw new IllegalStateException("expect(version, attempted) must come before the change of " + subject);
        }
        return view.apply(entity);
    }

    private void flush() {
        Versions.flush(flush, () -> new StaleEditException(subject, id, expectedVersion, attempted));
    }
}
