package org.factbench.core.shared.event;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Forwards every committed event to the configured {@link ExternalEventSink}s (none until scale-out needs one). */
@Component
class ExternalEventRelay {

    private static final Logger log = LoggerFactory.getLogger(ExternalEventRelay.class);

    private final List<ExternalEventSink> sinks;

    ExternalEventRelay(List<ExternalEventSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    @TransactionalEventListener
    void relay(FactbenchEvent event) {
        for (ExternalEventSink sink : sinks) {
            try {
                sink.send(event);
            } catch (RuntimeException e) {
                // The change is committed; a failed broadcast must not turn it into an error for the user.
                log.warn("Could not forward {} to {}: {}", event.type(), sink.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
