package org.factbench.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.factbench.core.user.CurrentUser;
import org.factbench.core.user.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every changing service repeats: who acts, what time it is, the activity-log entry and the event.
 * Changes to a versioned entity go through {@link #versioned}, which holds their one order (check the version,
 * view before, change, flush, view after, log, announce); creations log first, then announce, too. Entries still need the change's transaction
 * ({@link ActivityLog} is MANDATORY).
 */
@Component
public class ChangeRecorder {

    private final CurrentUser currentUser;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRecorder(CurrentUser currentUser, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.currentUser = currentUser;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in, enabled account; refuses when there is none. */
    public UserAccount actor() {
        return currentUser.require();
    }

    public Instant now() {
        return clock.instant();
    }

    public void record(UserAccount actor, Change change) {
        activity.record(actor, change);
    }

    /** A change made by Factbench itself, not by a person. */
    public void recordSystem(Change change) {
        activity.recordSystem(change);
    }

    public void publish(Object event) {
        events.publishEvent(event);
    }

    /**
     * A change to a versioned entity, in the one order of {@link VersionedChange}: call {@code expect} next.
     *
     * @param subject        how the stale-edit message names it ("Claim")
     * @param currentVersion the entity's version as loaded
     * @param view           what the log records before and after, and the caller gets back
     * @param flush          writes the change (e.g. {@code repository::flush}), so a lost race shows here
     */
    public <E, V> VersionedChange<E, V> versioned(String subject, long id, E entity, long currentVersion,
            Function<E, V> view, Runnable flush) {
        return new VersionedChange<>(this, subject, id, entity, currentVersion, view, flush);
    }
}
