package org.factbench.web.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who has which claim open, per browser tab. This JVM's tabs today ({@link InProcessPresence}); a cross-instance
 * version (the app behind a sticky proxy, see the roadmap) replaces it without touching a view.
 * Views use it through {@link PresenceAvatars}.
 */
public interface Presence {

    /** One tab of one HTTP session. */
    record Tab(String sessionId, int uiId) {
    }

    /** {@code tab} has the claim open as {@code user} until the returned registration is removed. */
    Registration enter(long claimId, Tab tab, PresentUser user);

    /** Distinct users, first arrival first. */
    List<PresentUser> present(long claimId);

    /** Called (off the UI thread) with the new list whenever someone arrives at or leaves the claim. */
    Registration watch(long claimId, Consumer<List<PresentUser>> listener);

    /** The session ended (logout, timeout): all its tabs leave every claim. */
    void leaveSession(String sessionId);
}
