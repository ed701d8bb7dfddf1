package org.factbench.core.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.core.shared.event.FactbenchEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Collects events the way a real consumer sees them: only after the transaction committed. */
@Component
public class RecordedEvents {

    private final List<FactbenchEvent> committed = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void onCommitted(FactbenchEvent event) {
        committed.add(event);
    }

    public <T extends FactbenchEvent> List<T> of(Class<T> type) {
        return committed.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends FactbenchEvent> List<T> of(Class<T> type, long claimId) {
        return of(type).stream()
                .filter(e -> e instanceof org.factbench.core.shared.event.ClaimEvent c && c.claimId() == claimId)
                .toList();
    }

    /** By {@link FactbenchEvent#type()}, for a test outside the package whose event records are package-private. */
    public List<FactbenchEvent> named(String type, long claimId) {
        return of(FactbenchEvent.class, claimId).stream().filter(e -> e.type().equals(type)).toList();
    }
}
