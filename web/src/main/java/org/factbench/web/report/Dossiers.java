package org.factbench.web.report;

import static org.factbench.web.report.Text.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportService;
import org.factbench.core.report.ReportVersionSummary;
import org.springframework.stereotype.Component;

/**
 * A collection's dossier: a summary table (claim, verdict, date, page) followed by each claim's report. Both
 * formats read and render one claim at a time and write to a file, so memory holds one claim's report and a
 * small row per claim, whatever the dossier's size. The PDF renders each claim as its own part, then writes the
 * front (whose page numbers are then known), merges the parts through temp-file buffers and stamps page numbers.
 */
@Component
class Dossiers {

    /** Told after each claim: how many of how many are done. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void claimDone(int done, int total);
    }

    /** One line of the summary table. */
    record Row(long claimId, String statement, String verdict, String colour, String date, int firstPage) {
    }

    private final ReportService reports;
    private final CollectionService collections;
    private final Reports formats;
    private final ReportHtml html;
    private final ReportMarkdown markdown;
    private final ReportPdf pdf;
    private final ReportFormat format;
    private final java.time.Clock clock;

    Dossiers(ReportService reports, CollectionService collections, Reports formats, ReportHtml html, ReportMarkdown markdown,
            ReportPdf pdf, ReportFormat format, java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.collections = collections;
        this.formats = formats;
        this.html = html;
        this.markdown = markdown;
        this.pdf = pdf;
        this.format = format;
    }

    CollectionView collection(long collectionId) {
        return collections.get(collectionId);
    }

    /** Writes the dossier PDF to {@code target}; returns its page count. */
    int pdf(long collectionId, Path target, Progress progress) {
        CollectionView collection = collections.get(collectionId);
        List<ReportVersionSummary> latest = reports.latestInCollection(collectionId);
        return pdf(collection, latest.size(), i -> formats.model(latest.get(i).claimId(), latest.get(i).versionNo()), target, progress);
    }

    /** The dossier of {@code count} reports, each loaded by {@code load} only when its turn comes and dropped after. */
    int pdf(CollectionView collection, int count, java.util.function.IntFunction<ReportModel> load, Path target, Progress progress) {
        Path work = tempDirectory();
        try {
            List<Row> rows = new ArrayList<>();
            List<Path> parts = new ArrayList<>();
            int page = 1;
            for (int i = 0; i < count; i++) {
                ReportModel model = load.apply(i);
                Path part = work.resolve("claim-" + i + ".pdf");
                try (OutputStream out = Files.newOutputStream(part)) {
                    pdf.render(html.document(model, ReportHtml.Media.DOSSIER_PART, ""), out);
                }
                PublishedReport report = model.report();
                rows.add(new Row(report.claimId(), report.claim().statement(), report.verdict().label(), report.verdict().colour(),
                        ReportFormat.day(report.publishedAt()), page));
                page += pages(part);
                parts.add(part);
                progress.claimDone(rows.size(), count);
            }
            Path front = work.resolve("front.pdf");
            int frontPages = 1;
            for (int attempt = 0; attempt < 4; attempt++) {
                renderFront(collection, rows, frontPages, front);
                int actual = pages(front);
                if (actual == frontPages) break;
                frontPages = actual;
            }
            Path merged = work.resolve("merged.pdf");
            PDFMergerUtility merger = new PDFMergerUtility();
            merger.setDestinationFileName(merged.toString());
            merger.addSource(front.toFile());
            for (Path part : parts) merger.addSource(part.toFile());
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
            return stampPageNumbers(merged, target);
        } catch (IOException e) {
            throw new UncheckedIOException("The dossier PDF could not be written", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private void renderFront(CollectionView collection, List<Row> rows, int frontPages, Path front) throws IOException {
        StringBuilder body = new StringBuilder(2048 + rows.size() * 300);
        body.append(html.head(format.text("report.dossier.title", collection.name()), ReportHtml.Media.DOSSIER_PART, "", ""))
                .append("<article class=\"fb-report fb-dossier\"><p class=\"fb-report-kicker\">")
                .append(html(format.text("report.dossier.kicker", rows.size()))).append("</p><h1 class=\"fb-report-claim\"><bdi>")
                .append(html(collection.name())).append("</bdi></h1>");
        if (collection.description() != null) body.append("<p><bdi>").append(html(collection.description())).append("</bdi></p>");
        body.append("<h2>").append(html(format.text("report.dossier.contents"))).append("</h2>");
        if (rows.isEmpty()) body.append("<p>").append(html(format.text("report.dossier.empty"))).append("</p>");
        else {
            body.append("<table class=\"fb-dossier-summary\"><thead><tr><th class=\"fb-num\">#</th><th>")
                    .append(html(format.text("report.dossier.claim"))).append("</th><th class=\"fb-toc-verdict\">")
                    .append(html(format.text("report.verdict"))).append("</th><th class=\"fb-toc-date\">")
                    .append(html(format.text("report.corrections.date"))).append("</th><th class=\"fb-toc-page\">")
                    .append(html(format.text("report.dossier.page"))).append("</th></tr></thead><tbody>");
            int n = 0;
            for (Row row : rows) {
                body.append("<tr><td class=\"fb-num\">").append(++n).append("</td><td><bdi>").append(html(ReportHtml.abbreviated(row.statement(), 200)))
                        .append("</bdi></td><td><strong style=\"color: ").append(ReportGraphics.colour(row.colour())).append("\">")
                        .append(html(row.verdict())).append("</strong></td><td>").append(html(row.date())).append("</td><td class=\"fb-toc-page\">")
                        .append(row.firstPage() + frontPages).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("<p class=\"fb-report-footer\">").append(html(format.text("report.dossier.generated",
                ReportFormat.when(clock.instant())))).append("</p></article></body></html>");
        try (OutputStream out = Files.newOutputStream(front)) {
            pdf.render(body.toString(), out);
        }
    }

    private int stampPageNumbers(Path merged, Path target) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(merged.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(pdf.regularFont()), true);
            int total = document.getNumberOfPages();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                String text = format.text("report.dossier.pageOf", number, total);
                float width = font.getStringWidth(text) / 1000 * 8;
                try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.beginText();
                    stream.setFont(font, 8);
                    stream.setNonStrokingColor(new PDColor(new float[] {0.34f, 0.38f, 0.42f}, PDDeviceRGB.INSTANCE));
                    stream.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, 24);
                    stream.showText(text);
                    stream.endText();
                }
            }
            document.save(target.toFile());
            return total;
        }
    }

    /**
     * Writes the dossier as Markdown to {@code target}, one claim at a time: the reports go to a temp file first,
     * so the contents at the top can list each claim's verdict without keeping any report in memory.
     */
    void markdown(long collectionId, Path target, Progress progress) {
        CollectionView collection = collections.get(collectionId);
        List<ReportVersionSummary> latest = reports.latestInCollection(collectionId);
        Path work = tempDirectory();
        try {
            Path body = work.resolve("reports.md");
            List<String> contents = new ArrayList<>();
            try (BufferedWriter out = Files.newBufferedWriter(body, StandardCharsets.UTF_8)) {
                for (ReportVersionSummary summary : latest) {
                    ReportModel model = formats.model(summary.claimId(), summary.versionNo());
                    contents.add(format.text("report.dossier.line", ReportHtml.abbreviated(model.report().claim().statement()),
                            model.report().verdict().label(), ReportFormat.day(summary.publishedAt())));
                    out.append("\n");
                    markdown.write(model, out, 2);
                    progress.claimDone(contents.size(), latest.size());
                }
            }
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                out.append("# ").append(Text.markdown(format.text("report.dossier.title", collection.name()))).append("\n\n");
                if (collection.description() != null) out.append(Text.markdown(collection.description())).append("\n\n");
                out.append(Text.markdown(format.text("report.dossier.generated", ReportFormat.when(clock.instant())))).append("\n\n");
                out.append("## ").append(Text.markdown(format.text("report.dossier.contents"))).append("\n\n");
                int n = 0;
                for (String line : contents) out.append(Integer.toString(++n)).append(". ").append(Text.markdown(line)).append('\n');
                out.append('\n');
                try (var reader = Files.newBufferedReader(body, StandardCharsets.UTF_8)) {
                    reader.transferTo(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The dossier could not be written", e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static int pages(Path pdfFile) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdfFile.toFile()))) {
            return document.getNumberOfPages();
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("factbench-dossier-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is cleaned by the system; the dossier itself is done
        }
    }
}
