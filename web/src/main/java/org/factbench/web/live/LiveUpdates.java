package org.factbench.web.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factbench.core.shared.event.ClaimEvent;

/**
 * Subscriptions that live exactly as long as a component is attached, with each message handled inside
 * {@code UI.access} (so the update is pushed, and core services see the user's security context). A view that
 * uses these cannot leak a listener: detach (leaving the view, closing the tab, the session ending) removes it.
 *
 * <pre>{@code
 * LiveUpdates.forClaim(this, broadcaster, claimId, event -> refresh());
 * }</pre>
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Events about one claim while {@code component} is attached. */
    public static Registration forClaim(Component component, ClaimBroadcaster broadcaster, long claimId,
            Consumer<ClaimEvent> update) {
        return whileAttached(component, listener -> broadcaster.subscribe(claimId, listener), update);
    }

    /** Events about any claim while {@code component} is attached (boards, queues). */
    public static Registration forAllClaims(Component component, ClaimBroadcaster broadcaster, Consumer<ClaimEvent> update) {
        return whileAttached(component, broadcaster::subscribeAll, update);
    }

    /**
     * Any subscription: {@code subscribe} is called with the listener to register on each attach, and the
     * registration it returns is removed on detach.
     */
    public static <T> Registration whileAttached(Component component, Function<Consumer<T>, Registration> subscribe,
            Consumer<T> update) {
        AtomicReference<Registration> current = new AtomicReference<>();
        Consumer<UI> start = ui -> replace(current, subscribe.apply(message -> access(ui, () -> update.accept(message))));
        component.getUI().ifPresent(start);
        Registration onAttach = component.addAttachListener(event -> start.accept(event.getUI()));
        Registration onDetach = component.addDetachListener(event -> replace(current, null));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            replace(current, null);
        };
    }

    /** Runs {@code command} on {@code ui} unless the tab has gone (its detach is about to unsubscribe anyway). */
    static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // Closed between the event and now: nothing to update.
        }
    }

    private static void replace(AtomicReference<Registration> current, Registration next) {
        Registration previous = current.getAndSet(next);
        if (previous != null) previous.remove();
    }
}
