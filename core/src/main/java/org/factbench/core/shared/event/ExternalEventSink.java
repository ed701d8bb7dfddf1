package org.factbench.core.shared.event;

/**
 * Where events leave this JVM (e.g. PostgreSQL LISTEN/NOTIFY so other app instances update their views).
 * Called after commit for every {@link FactbenchEvent}; an implementation must not throw for a delivery failure
 * it can retry itself, because the change is already committed.
 */
public interface ExternalEventSink {

    void send(FactbenchEvent event);
}
