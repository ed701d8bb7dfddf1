package org.factbench.core.admin;

import java.time.Instant;
import org.factbench.core.shared.event.FactbenchEvent;

/** {@code change}: CREATED, ROLE_CHANGED or DISABLED. */
record UserAccountChanged(String username, String change, Instant at, String by) implements FactbenchEvent {
}
