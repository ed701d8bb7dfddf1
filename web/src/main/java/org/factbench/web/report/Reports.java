package org.factbench.web.report;

import java.io.OutputStream;
import java.time.Clock;
import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Every format of one claim's report, for the views, the downloads and the REST API: reads the snapshot through
 * core (whose role checks apply), builds the one model, hands it to a format.
 */
@Component
class Reports {

    private final ReportService reports;
    private final PublicReportLinks links;
    private final ReportHtml html;
    private final ReportMarkdown markdown;
    private final ReportPdf pdf;
    private final ReportProperties properties;
    private final Clock clock;

    Reports(ReportService reports, PublicReportLinks links, ReportHtml html, ReportMarkdown markdown, ReportPdf pdf,
            ReportProperties properties, Clock clock) {
        this.reports = reports;
        this.links = links;
        this.html = html;
        this.markdown = markdown;
        this.pdf = pdf;
        this.properties = properties;
        this.clock = clock;
    }

    /** The newest version when {@code version} is null. */
    ReportModel model(long claimId, Integer version) {
        PublishedReport report = version == null ? reports.latest(claimId) : reports.version(claimId, version);
        return model(report, properties.appReport(report.claimId(), report.version()));
    }

    ReportModel model(PublishedReport report, String url) {
        return ReportModel.of(report, clock.instant(), url,
                new ReportModel.Publisher(properties.organization(), properties.organizationUrl()));
    }

    /** The public page behind a link's token, or null when the token opens nothing (unknown or revoked). */
    String publicPage(String token) {
        return links.open(token).map(report -> htmlDocument(model(report, properties.publicReport(token)))).orElse(null);
    }

    String htmlArticle(ReportModel model) {
        return html.article(model);
    }

    String htmlDocument(ReportModel model) {
        return html.document(model, ReportHtml.Media.PAGE, ClaimReviewJson.scriptBlock(ClaimReviewJson.of(model)));
    }

    void pdf(ReportModel model, OutputStream out) {
        pdf.render(html.document(model, ReportHtml.Media.PDF, ""), out);
    }

    String markdown(ReportModel model) {
        return markdown.write(model);
    }

    String claimReview(ReportModel model) {
        return ClaimReviewJson.write(ClaimReviewJson.of(model));
    }

    String annotations(ReportModel model) {
        return WebAnnotations.write(WebAnnotations.of(model));
    }

    @Configuration
    @EnableConfigurationProperties(ReportProperties.class)
    static class Settings {
    }
}
