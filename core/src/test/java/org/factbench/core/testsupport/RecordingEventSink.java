package org.factbench.core.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.core.shared.event.ExternalEventSink;
import org.factbench.core.shared.event.FactbenchEvent;
import org.springframework.stereotype.Component;

/** Stands where LISTEN/NOTIFY will: records what core hands to the outside world. */
@Component
public class RecordingEventSink implements ExternalEventSink {

    private final List<FactbenchEvent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(FactbenchEvent event) {
        sent.add(event);
    }

    public List<FactbenchEvent> sent() {
        return List.copyOf(sent);
    }
}
