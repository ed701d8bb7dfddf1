package org.factbench.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.factbench.core.report.Dossier;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportService;
import org.factbench.core.report.ReportVersionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Published reports: immutable snapshots, so a version's ETag never changes and clients may cache it for good.
 */
@RestController
@Tag(name = "Reports")
class ReportsApi {

    private final ReportService reports;

    ReportsApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/claims/{claimId}/reports")
    @Operation(summary = "The claim's published report versions with their corrections, oldest first")
    List<ReportVersionSummary> history(@PathVariable long claimId) {
        return reports.history(claimId);
    }

    @GetMapping("/api/v1/claims/{claimId}/reports/latest")
    @Operation(summary = "The newest published report of the claim")
    ResponseEntity<PublishedReport> latest(@PathVariable long claimId, WebRequest request) {
        return snapshot(reports.latest(claimId), request);
    }

    @GetMapping("/api/v1/claims/{claimId}/reports/{version}")
    @Operation(summary = "One published report version")
    ResponseEntity<PublishedReport> version(@PathVariable long claimId, @PathVariable int version, WebRequest request) {
        return snapshot(reports.version(claimId, version), request);
    }

    @GetMapping("/api/v1/collections/{collectionId}/dossier")
    @Operation(summary = "The newest published report of every claim in the collection")
    Dossier dossier(@PathVariable long collectionId) {
        return reports.dossier(collectionId);
    }

    private static ResponseEntity<PublishedReport> snapshot(PublishedReport report, WebRequest request) {
        String etag = "\"r" + report.claimId() + "-" + report.version() + "\"";
        if (request.checkNotModified(etag)) return null;
        return ResponseEntity.ok().eTag(etag).body(report);
    }
}
