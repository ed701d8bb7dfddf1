package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.factbench.core.shared.event.ClaimEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers core's claim events to the listeners of this JVM after the change committed. Each delivery runs on
 * a virtual thread so a slow or broken view never delays the committing request or the other listeners.
 */
@Component
class InProcessClaimBroadcaster implements ClaimBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(InProcessClaimBroadcaster.class);

    private final Map<Long, Set<Consumer<ClaimEvent>>> perClaim = new ConcurrentHashMap<>();
    private final Set<Consumer<ClaimEvent>> everything = new CopyOnWriteArraySet<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Registration subscribe(long claimId, Consumer<ClaimEvent> listener) {
        perClaim.computeIfAbsent(claimId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> perClaim.computeIfPresent(claimId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    @Override
    public Registration subscribeAll(Consumer<ClaimEvent> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimEvent event) {
        perClaim.getOrDefault(event.claimId(), Set.of()).forEach(listener -> deliver(listener, event));
        everything.forEach(listener -> deliver(listener, event));
    }

    private void deliver(Consumer<ClaimEvent> listener, ClaimEvent event) {
        delivery.execute(() -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // A view that went away mid-delivery must not affect the others; the change itself is committed.
                log.warn("A live view could not take {} for claim {}: {}", event.type(), event.claimId(), e.toString());
            }
        });
    }
}
