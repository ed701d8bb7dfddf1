package org.factbench.web.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import org.factbench.core.user.UserSummary;

/**
 * Avatars of everyone who has this claim open right now, this user included; each name is its avatar's tooltip
 * and the group's label reads them all to a screen reader. Arrives and leaves with the view: the workspace adds
 * it anywhere in its header,
 *
 * <pre>{@code
 * header.add(new PresenceAvatars(presence, claimId, loggedInUser.get().orElseThrow()));
 * }</pre>
 *
 * and this tab counts as present from attach to detach (leaving the view, closing the tab: Vaadin's unload
 * beacon, missed heartbeats) or until the session ends ({@link PresenceSessionListener}).
 */
public class PresenceAvatars extends Composite<AvatarGroup> {

    private static final int MAX_VISIBLE = 6;

    private final transient Presence presence;
    private final long claimId;
    private final PresentUser me;
    private Registration entered;
    private Registration watched;

    public PresenceAvatars(Presence presence, long claimId, UserSummary viewer) {
        this.presence = presence;
        this.claimId = claimId;
        this.me = new PresentUser(viewer.username(), viewer.displayName());
        getContent().setMaxItemsVisible(MAX_VISIBLE);
        getContent().addClassName("fb-presence");
    }

    /** Who is shown, in order (for tests and the view's own use). */
    public List<String> names() {
        return getContent().getItems().stream().map(AvatarGroupItem::getName).toList();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        leave();
        watched = presence.watch(claimId, users -> LiveUpdates.access(ui, () -> show(users)));
        entered = presence.enter(claimId, new Presence.Tab(ui.getSession().getSession().getId(), ui.getUIId()), me);
        show(presence.present(claimId));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave();
    }

    private void leave() {
        if (entered != null) entered.remove();
        if (watched != null) watched.remove();
        entered = null;
        watched = null;
    }

    private void show(List<PresentUser> users) {
        getContent().setItems(users.stream().map(this::item).toList());
        String names = users.stream().map(this::label).collect(Collectors.joining(", "));
        getElement().setAttribute("aria-label", getTranslation("live.presence.label", names));
    }

    private AvatarGroupItem item(PresentUser user) {
        AvatarGroupItem item = new AvatarGroupItem(label(user));
        // From the name alone: Vaadin's own initials of "Demo Editor (you)" would be "DE(".
        item.setAbbreviation(initials(user.displayName()));
        item.setColorIndex(Math.floorMod(user.username().hashCode(), 7));
        return item;
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && initials.length() < 2) initials.appendCodePoint(word.codePointAt(0));
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private String label(PresentUser user) {
        return user.username().equals(me.username()) ? getTranslation("live.presence.you", user.displayName()) : user.displayName();
    }
}
