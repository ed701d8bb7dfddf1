package org.factbench.core.notification;

import java.time.Clock;
import java.util.List;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's own notifications, and nobody else's: every query is bound to the signed-in user, so there is no
 * way to name another user's notification (one that is not yours is "not found"). Reading one is the user's own
 * business, not a change to Factbench's records, so it is not written to the activity log.
 */
@Service
@Transactional
public class NotificationService {

    static final int MAX_LIST = 100;

    private final NotificationRepository notifications;
    private final NotificationMapper mapper;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationMapper mapper, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Newest first, at most {@code limit} (1-100). */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<NotificationView> mine(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "Ask for 1 to " + MAX_LIST + " notifications.");
        }
        return mapper.toViews(notifications.findLatest(me(), Limit.of(limit)));
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(me());
    }

    @PreAuthorize(Access.CHECKER)
    public NotificationView markRead(long notificationId) {
        Notification notification = notifications.findOwn(notificationId, me())
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
        notification.markRead(clock.instant());
        return mapper.toView(notification);
    }

    /** Returns how many were unread. */
    @PreAuthorize(Access.CHECKER)
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    private String me() {
        return currentUser.require().getUsername();
    }
}
