package org.factbench.core.report;

import java.util.List;
import org.factbench.core.verdict.RatingScaleProperties;
import org.springframework.stereotype.Component;

/**
 * Reads a stored snapshot, completed if it predates format 2: the scale position from the stored rating code,
 * and the corrections history from the stored version rows up to this one (both as immutable as the snapshot,
 * never live claim or evidence data). Callers hold the read transaction and have checked access.
 */
@Component
class SnapshotReader {

    private final ReportVersionRepository reports;
    private final RatingScaleProperties scale;

    SnapshotReader(ReportVersionRepository reports, RatingScaleProperties scale) {
        this.reports = reports;
        this.scale = scale;
    }

    PublishedReport read(ReportVersion stored) {
        PublishedReport report = stored.report();
        if (report.scale() != null && !report.versions().isEmpty()) return report;
        List<ReportVersionSummary> upToThis = reports.findSummariesByClaim(report.claimId()).stream()
                .filter(v -> v.versionNo() <= report.version()).toList();
        return report.completed(ReportScale.of(scale.ratings(), report.verdict().rating(), report.verdict().label()), upToThis);
    }
}
