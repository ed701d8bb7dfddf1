package org.factbench.core.audit;

import java.time.Clock;
import java.time.Instant;
import org.factbench.core.user.CurrentUser;
import org.factbench.core.user.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every changing service repeats: who acts, what time it is, the activity-log entry and the event.
 * Services call them in their own order (log first, then announce), so the log and the events stay as they were
 * when each service held the four collaborators itself. Entries still need the change's transaction
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
}
