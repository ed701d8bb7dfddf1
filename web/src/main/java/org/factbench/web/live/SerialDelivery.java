package org.factbench.web.live;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands one listener its messages in the order they were offered, one at a time, on the shared executor
 * (virtual threads), so a slow listener delays only itself and never sees two messages at once or out of order.
 * At most one task per listener is queued on the executor at any time.
 */
final class SerialDelivery<T> {

    private static final Logger log = LoggerFactory.getLogger(SerialDelivery.class);

    private final Consumer<T> listener;
    private final Executor executor;
    private final Queue<T> pending = new ArrayDeque<>();
    private boolean draining;

    SerialDelivery(Consumer<T> listener, Executor executor) {
        this.listener = listener;
        this.executor = executor;
    }

    void offer(T message) {
        synchronized (pending) {
            pending.add(message);
            if (draining) return;
            draining = true;
        }
        executor.execute(this::drain);
    }

    private void drain() {
        while (true) {
            T next;
            synchronized (pending) {
                next = pending.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                // A view that went away mid-delivery must not stop the messages after it; the change is committed.
                log.warn("A live listener could not take {}", next, e);
            }
        }
    }
}
