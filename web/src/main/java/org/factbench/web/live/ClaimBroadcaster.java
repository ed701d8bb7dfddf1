package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.factbench.core.shared.event.ClaimEvent;

/**
 * The one seam through which open views learn that a claim changed. Today it delivers core's after-commit
 * events inside this JVM ({@link InProcessClaimBroadcaster}); a cross-instance implementation (PostgreSQL
 * LISTEN/NOTIFY) replaces it without touching any view.
 *
 * <p>Listeners are called on a background thread: a view wraps its update in {@code UI.access}.
 */
public interface ClaimBroadcaster {

    /** Events about one claim. */
    Registration subscribe(long claimId, Consumer<ClaimEvent> listener);

    /** Events about any claim (boards, queues, notifications). */
    Registration subscribeAll(Consumer<ClaimEvent> listener);
}
