package org.factbench.core.report;

import java.time.Instant;

/** One line of the claim's activity log as the report shows it: no before/after values, they stay in the log. */
public record TimelineEntry(Instant occurredAt, String actorName, String action, String note) {
}
