package org.factbench.core.notification;

import java.time.Clock;
import java.util.Optional;
import org.factbench.core.user.UserAccount;
import org.factbench.core.user.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How any feature tells a user something: stores the notification and announces {@link NotificationCreated}
 * after commit. Server code only (event listeners, jobs), so it is not behind method security: who may cause a
 * notification was decided by the change that led to it. Its own transaction, because it is usually called after
 * the causing change committed, when that transaction can no longer write.
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final NotificationMapper mapper;
    private final Clock clock;

    Notifier(NotificationRepository notifications, UserAccountRepository accounts, ApplicationEventPublisher events,
            NotificationMapper mapper, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Notifies {@code recipient} (a username) of {@code notice}, caused by {@code actor} (a username, or null for
     * Factbench itself). Nothing when the recipient does not exist or is disabled: there is nobody to read it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<NotificationView> notify(String recipient, String actor, Notice notice) {
        Optional<UserAccount> to = accounts.findByUsername(recipient).filter(UserAccount::isEnabled);
        if (to.isEmpty()) return Optional.empty();
        UserAccount from = actor == null ? null : accounts.findByUsername(actor).orElse(null);
        Notification saved = notifications.save(new Notification(to.get(), from, notice, clock.instant()));
        events.publishEvent(new NotificationCreated(saved.getId(), recipient, notice.kind(), saved.getCreatedAt(),
                actor == null ? "system" : actor));
        return Optional.of(mapper.toView(saved));
    }
}
