package org.factbench.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * The report formats for callers outside this package (the REST API): one claim's report in each format, and a
 * collection's CSV and dossiers. Dossiers are written to a temp file that the caller streams and deletes.
 */
@Component
public class ReportExports {

    /** A generated file: its name for a download and its media type. */
    public record Export(byte[] bytes, String fileName, String mediaType) {
    }

    private final Reports reports;
    private final Dossiers dossiers;
    private final CollectionCsv csv;

    ReportExports(Reports reports, Dossiers dossiers, CollectionCsv csv) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.csv = csv;
    }

    public Export pdf(long claimId, Integer version) {
        ReportModel model = reports.model(claimId, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        reports.pdf(model, out);
        return new Export(out.toByteArray(), name(model, "pdf"), "application/pdf");
    }

    public Export markdown(long claimId, Integer version) {
        ReportModel model = reports.model(claimId, version);
        return new Export(utf8(reports.markdown(model)), name(model, "md"), "text/markdown;charset=UTF-8");
    }

    public Export html(long claimId, Integer version) {
        ReportModel model = reports.model(claimId, version);
        return new Export(utf8(reports.htmlDocument(model)), name(model, "html"), "text/html;charset=UTF-8");
    }

    public Export claimReview(long claimId, Integer version) {
        ReportModel model = reports.model(claimId, version);
        return new Export(utf8(reports.claimReview(model)), "claim-" + claimId + "-claimreview.jsonld", "application/ld+json");
    }

    public Export annotations(long claimId, Integer version) {
        ReportModel model = reports.model(claimId, version);
        return new Export(utf8(reports.annotations(model)), "claim-" + claimId + "-annotations.jsonld",
                "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"");
    }

    public Export collectionCsv(long collectionId) {
        return new Export(utf8(csv.write(collectionId)), "collection-" + collectionId + ".csv", "text/csv;charset=UTF-8");
    }

    /** Writes the dossier PDF to a new temp file and returns it; the caller deletes it after sending. */
    public Path dossierPdf(long collectionId) {
        Path file = tempFile(".pdf");
        dossiers.pdf(collectionId, file, Dossiers.Progress.NONE);
        return file;
    }

    public Path dossierMarkdown(long collectionId) {
        Path file = tempFile(".md");
        dossiers.markdown(collectionId, file, Dossiers.Progress.NONE);
        return file;
    }

    static String name(ReportModel model, String extension) {
        return "claim-" + model.report().claimId() + "-report-v" + model.report().version() + "." + extension;
    }

    static Path tempFile(String suffix) {
        try {
            return Files.createTempFile("factbench-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
