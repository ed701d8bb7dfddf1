package org.factbench.core.audit;

import java.time.Instant;

/** One activity-log entry as the timeline shows it; before/after stay JSON text for a diff view. */
public record ActivityView(long id, Instant occurredAt, String actorName, String action, String subjectType,
        long subjectId, Long claimId, String note, String beforeJson, String afterJson) {
}
