package org.factbench.web.live;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.factbench.core.notification.Notice;
import org.factbench.core.notification.NotificationView;

/** What a notification says and where it leads, by kind; a kind this screen has no text for shows its detail. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String text(Component context, NotificationView notification) {
        String actor = notification.actor() == null ? context.getTranslation("live.notification.system")
                : notification.actor().displayName();
        String subject = notification.subjectId() == null ? "" : String.valueOf(notification.subjectId());
        return switch (notification.kind()) {
            case Notice.MENTIONED -> context.getTranslation("live.notification.mentioned", actor, subject);
            default -> notification.detail() != null ? notification.detail()
                    : context.getTranslation("live.notification.other", actor, notification.kind());
        };
    }

    /** The in-app location of what it is about, when that has a screen. */
    static Optional<String> route(NotificationView notification) {
        if (Notice.CLAIM.equals(notification.subjectType()) && notification.subjectId() != null) {
            return Optional.of("claim/" + notification.subjectId());
        }
        return Optional.empty();
    }
}
