package org.factbench.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.factbench.core.report.Dossier;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportService;
import org.factbench.core.report.ReportVersionSummary;
import org.factbench.web.report.ReportExports;
import org.factbench.web.report.ReportExports.Export;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Published reports: immutable snapshots, so a version's ETag never changes and clients may cache it for good.
 * Every format of a report (PDF, Markdown, HTML, ClaimReview, W3C Web Annotations) is generated from the snapshot
 * by web.report, the same code as the app's downloads; {@code version} picks an older version, else the newest.
 */
@RestController
@Tag(name = "Reports")
class ReportsApi {

    private final ReportService reports;

    private final ReportExports exports;

    ReportsApi(ReportService reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GetMapping(value = "/api/v1/claims/{claimId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as PDF (fonts embedded)")
    ResponseEntity<byte[]> pdf(@PathVariable long claimId, @Parameter(description = "report version; newest if absent")
            @RequestParam(required = false) Integer version) {
        return file(exports.pdf(claimId, version));
    }

    @GetMapping(value = "/api/v1/claims/{claimId}/report.md", produces = "text/markdown")
    @Operation(summary = "The report as Markdown (CommonMark; article text escaped)")
    ResponseEntity<byte[]> markdown(@PathVariable long claimId, @RequestParam(required = false) Integer version) {
        return file(exports.markdown(claimId, version));
    }

    @GetMapping(value = "/api/v1/claims/{claimId}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The report as a standalone HTML page with its ClaimReview JSON-LD")
    ResponseEntity<byte[]> html(@PathVariable long claimId, @RequestParam(required = false) Integer version) {
        return file(exports.html(claimId, version));
    }

    @GetMapping(value = "/api/v1/claims/{claimId}/claimreview", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "schema.org ClaimReview JSON-LD of the report")
    ResponseEntity<byte[]> claimReview(@PathVariable long claimId, @RequestParam(required = false) Integer version) {
        return file(exports.claimReview(claimId, version));
    }

    @GetMapping(value = "/api/v1/claims/{claimId}/annotations", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The report's evidence links as a W3C Web Annotation collection (JSON-LD)")
    ResponseEntity<byte[]> annotations(@PathVariable long claimId, @RequestParam(required = false) Integer version) {
        return file(exports.annotations(claimId, version));
    }

    @GetMapping(value = "/api/v1/collections/{collectionId}/claims.csv", produces = "text/csv")
    @Operation(summary = "The collection's claims with their published verdicts as CSV (formula-safe)")
    ResponseEntity<byte[]> csv(@PathVariable long collectionId) {
        return file(exports.collectionCsv(collectionId));
    }

    @GetMapping(value = "/api/v1/collections/{collectionId}/dossier.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The collection's dossier PDF: contents with page numbers, then each claim's report")
    ResponseEntity<Resource> dossierPdf(@PathVariable long collectionId) {
        return stream(exports.dossierPdf(collectionId), "dossier-" + collectionId + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping(value = "/api/v1/collections/{collectionId}/dossier.md", produces = "text/markdown")
    @Operation(summary = "The collection's dossier as Markdown")
    ResponseEntity<Resource> dossierMarkdown(@PathVariable long collectionId) {
        return stream(exports.dossierMarkdown(collectionId), "dossier-" + collectionId + ".md",
                MediaType.parseMediaType("text/markdown;charset=UTF-8"));
    }

    private static ResponseEntity<byte[]> file(Export export) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(export.fileName()).build().toString())
                .body(export.bytes());
    }

    /** Streams a generated temp file and deletes it when the stream closes: a dossier never sits whole in memory. */
    private static ResponseEntity<Resource> stream(Path file, String name, MediaType type) {
        try {
            long size = Files.size(file);
            return ResponseEntity.ok().contentType(type).contentLength(size)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .body(new InputStreamResource(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
