package org.factbench.core.audit;

import java.time.Clock;
import org.factbench.core.shared.Json;
import org.factbench.core.user.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records changes. MANDATORY: an entry outside the change's own transaction could outlive a rollback. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ActivityLog {

    public static final String SYSTEM = "system";

    private final ActivityRepository entries;
    private final Clock clock;

    ActivityLog(ActivityRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(UserAccount actor, Change change) {
        entries.save(new ActivityEntry(clock.instant(), actor.getId(), actor.getUsername(), change,
                Json.write(change.before()), Json.write(change.after())));
    }

    /** A change made by Factbench itself, not by a person. */
    public void recordSystem(Change change) {
        entries.save(new ActivityEntry(clock.instant(), null, SYSTEM, change,
                Json.write(change.before()), Json.write(change.after())));
    }
}
