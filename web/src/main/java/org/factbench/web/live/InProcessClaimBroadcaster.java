package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.factbench.core.shared.event.ClaimEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers core's claim events to the listeners of this JVM after the change committed. Each subscription has its
 * own {@link SerialDelivery} on virtual threads: a slow or broken view never delays the committing request or the
 * other views, and each view gets the events of its claim in the order they committed.
 */
@Component
class InProcessClaimBroadcaster implements ClaimBroadcaster {

    private final Map<Long, Set<SerialDelivery<ClaimEvent>>> perClaim = new ConcurrentHashMap<>();
    private final Set<SerialDelivery<ClaimEvent>> everything = new CopyOnWriteArraySet<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Registration subscribe(long claimId, Consumer<ClaimEvent> listener) {
        SerialDelivery<ClaimEvent> subscriber = new SerialDelivery<>(listener, delivery);
        // Added inside compute, so it cannot land in a set that a concurrent last unsubscribe is just dropping.
        perClaim.compute(claimId, (id, subscribers) -> {
            Set<SerialDelivery<ClaimEvent>> set = subscribers == null ? new CopyOnWriteArraySet<>() : subscribers;
            set.add(subscriber);
            return set;
        });
        return Once.of(() -> perClaim.computeIfPresent(claimId, (id, subscribers) -> {
            subscribers.remove(subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        }));
    }

    @Override
    public Registration subscribeAll(Consumer<ClaimEvent> listener) {
        SerialDelivery<ClaimEvent> subscriber = new SerialDelivery<>(listener, delivery);
        everything.add(subscriber);
        return Once.of(() -> everything.remove(subscriber));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClaimEvent event) {
        Set<SerialDelivery<ClaimEvent>> subscribers = perClaim.get(event.claimId());
        if (subscribers != null) subscribers.forEach(subscriber -> subscriber.offer(event));
        everything.forEach(subscriber -> subscriber.offer(event));
    }

    /** For tests and health: how many subscriptions are held (a leak shows here). */
    int subscriptions() {
        return perClaim.values().stream().mapToInt(Set::size).sum() + everything.size();
    }

    int claimsWithSubscribers() {
        return perClaim.size();
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
