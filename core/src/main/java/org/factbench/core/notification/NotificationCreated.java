package org.factbench.core.notification;

import java.time.Instant;
import org.factbench.core.shared.event.FactbenchEvent;

/** After commit: {@code recipient} (a username) has a new notification, so an open app can show it at once. */
public record NotificationCreated(long notificationId, String recipient, String kind, Instant at, String by)
        implements FactbenchEvent {
}
