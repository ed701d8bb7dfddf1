package org.factbench.web.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import org.factbench.core.notification.NotificationCreated;
import org.factbench.core.notification.NotificationService;
import org.factbench.core.notification.NotificationView;
import org.factbench.web.security.LoggedInUser;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The bell in the navbar: the unread count, and on click the latest notifications, each leading to what it is
 * about and marked read when opened. A new one arrives live (pushed, with a short toast) while the user is online;
 * the rest are in the database for the next login. One per layout, hence a prototype bean.
 */
@org.springframework.stereotype.Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class NotificationBell extends Composite<Span> {

    static final int SHOWN = 20;

    private final transient NotificationService notifications;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover popover = new Popover();
    final Div list = new Div();
    final Button markAll = new Button();
    private boolean listed;

    NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster, LoggedInUser loggedInUser) {
        this.notifications = notifications;
        getContent().addClassName("fb-bell");
        getContent().getStyle().set("position", "relative").set("display", "inline-flex").set("align-items", "center");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("fb-bell-button");
        count.addClassName("fb-bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("min-width", "1.1em").set("padding", "0 0.25em").set("border-radius", "1em")
                .set("background", "var(--lumo-error-color, #c00)").set("color", "white")
                .set("font-size", "0.7em").set("text-align", "center").set("pointer-events", "none");

        markAll.setText(getTranslation("live.bell.markAllRead"));
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(event -> {
            this.notifications.markAllRead();
            refresh();
        });
        Span title = new Span(getTranslation("live.bell.title"));
        title.getStyle().set("font-weight", "600").set("flex", "1");
        Div header = new Div(title, markAll);
        header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "0.5em");
        list.addClassName("fb-notifications");
        list.getElement().setAttribute("role", "list");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("max-height", "60vh").set("overflow", "auto");
        popover.add(header, list);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("22rem");
        popover.setAriaLabel(getTranslation("live.bell.title"));
        // The list loads when the bell is clicked (the popover opens in the browser), not with every page.
        bell.addClickListener(event -> {
            listed = true;
            refresh();
        });
        getContent().add(bell, count, popover);
        loggedInUser.get().ifPresent(user -> LiveUpdates.<NotificationCreated>whileAttached(this,
                listener -> broadcaster.subscribe(user.username(), listener), this::arrived));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    /** Reloads the count and, when open, the list. */
    void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("live.bell.label", unread));
        bell.setTooltipText(getTranslation("live.bell.label", unread));
        markAll.setEnabled(unread > 0);
        if (listed) fill(notifications.mine(SHOWN));
    }

    private void arrived(NotificationCreated event) {
        refresh();
        notifications.mine(1).stream().filter(n -> n.id() == event.notificationId()).findFirst().ifPresent(newest -> {
            Notification toast = Notification.show(NotificationTexts.text(this, newest), 5000, Notification.Position.BOTTOM_END);
            toast.addClassName("fb-live-notice");
        });
    }

    private void fill(List<NotificationView> latest) {
        list.removeAll();
        if (latest.isEmpty()) {
            list.add(new Span(getTranslation("live.bell.empty")));
            return;
        }
        latest.forEach(notification -> list.add(item(notification)));
    }

    private Button item(NotificationView notification) {
        Button item = new Button(NotificationTexts.text(this, notification));
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        item.addClassName("fb-notification");
        item.getElement().setAttribute("role", "listitem");
        item.getStyle().set("justify-content", "flex-start").set("text-align", "start").set("height", "auto")
                .set("white-space", "normal").set("padding-block", "0.4em");
        if (!notification.read()) {
            item.addClassName("fb-unread");
            item.getStyle().set("font-weight", "600");
        }
        item.addClickListener(event -> open(notification));
        return item;
    }

    private void open(NotificationView notification) {
        notifications.markRead(notification.id());
        popover.close();
        refresh();
        NotificationTexts.route(notification).ifPresent(route -> UI.getCurrent().navigate(route));
    }
}
