package org.factbench.web.claim.workspace;

import com.vaadin.flow.component.Component;
import org.factbench.web.live.Presence;
import org.factbench.web.live.PresenceAvatars;
import org.factbench.web.security.LoggedInUser;

/**
 * Fills the header's presence slot with the avatars of everyone who has the claim open. It lives here, not in
 * web.live, because live must not know the workspace (the workspace already depends on live).
 */
@org.springframework.stereotype.Component
class PresenceSlot implements WorkspaceSlotContent {

    private final Presence presence;
    private final LoggedInUser user;

    PresenceSlot(Presence presence, LoggedInUser user) {
        this.presence = presence;
        this.user = user;
    }

    @Override
    public WorkspaceSlot slot() {
        return WorkspaceSlot.PRESENCE;
    }

    @Override
    public Component create(long claimId) {
        return new PresenceAvatars(presence, claimId, user.get().orElseThrow());
    }
}
