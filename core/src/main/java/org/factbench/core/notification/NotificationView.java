package org.factbench.core.notification;

import java.time.Instant;
import org.factbench.core.user.UserRef;

/** A notification as its recipient sees it. {@code actor} is null when Factbench itself notified. */
public record NotificationView(long id, String kind, UserRef actor, String subjectType, Long subjectId, String detail,
        Instant createdAt, boolean read) {
}
