package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.factbench.core.notification.NotificationCreated;

/**
 * Tells the open tabs of one user that they have a new notification (core's after-commit
 * {@link NotificationCreated}). In-process today; a cross-instance version replaces it like the claim broadcaster.
 * Listeners run off the UI thread.
 */
public interface NotificationBroadcaster {

    Registration subscribe(String username, Consumer<NotificationCreated> listener);
}
