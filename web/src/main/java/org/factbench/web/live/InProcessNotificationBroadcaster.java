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
import org.factbench.core.notification.NotificationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Delivers each committed notification to its recipient's open tabs in this JVM, in order, on virtual threads. */
@Component
class InProcessNotificationBroadcaster implements NotificationBroadcaster {

    private final Map<String, Set<SerialDelivery<NotificationCreated>>> byUser = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Registration subscribe(String username, Consumer<NotificationCreated> listener) {
        SerialDelivery<NotificationCreated> subscriber = new SerialDelivery<>(listener, delivery);
        byUser.compute(username, (name, subscribers) -> {
            Set<SerialDelivery<NotificationCreated>> set = subscribers == null ? new CopyOnWriteArraySet<>() : subscribers;
            set.add(subscriber);
            return set;
        });
        return Once.of(() -> byUser.computeIfPresent(username, (name, subscribers) -> {
            subscribers.remove(subscriber);
            return subscribers.isEmpty() ? null : subscribers;
        }));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationCreated event) {
        Set<SerialDelivery<NotificationCreated>> subscribers = byUser.get(event.recipient());
        if (subscribers != null) subscribers.forEach(subscriber -> subscriber.offer(event));
    }

    int subscriptions() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }
}
