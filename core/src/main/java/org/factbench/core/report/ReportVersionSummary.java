package org.factbench.core.report;

import java.time.Instant;

/** A line of a report's version history. {@code whatChanged}/{@code whyChanged} are null for version 1. */
public record ReportVersionSummary(long claimId, int versionNo, Instant publishedAt, String rating, String approverName,
        String whatChanged, String whyChanged) {
}
