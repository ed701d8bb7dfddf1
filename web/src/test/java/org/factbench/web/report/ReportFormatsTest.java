package org.factbench.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportScale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every format from one snapshot, read back the way its consumers read it; multilingual and hostile text. */
class ReportFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ReportFormat format = ReportSamples.format();
    private final ReportHtml html = new ReportHtml(format);
    private final ReportMarkdown markdown = new ReportMarkdown(format);
    private static final ReportPdf PDF = new ReportPdf();

    @Test
    void the_pdf_embeds_its_fonts_and_reads_back_in_azerbaijani_russian_and_armenian() throws IOException {
        ReportModel model = ReportSamples.model(ReportSamples.report(7, 6, false));
        byte[] pdf = pdf(model);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeeze(ReportSamples.AZ)).contains(squeeze(ReportSamples.RU)).contains(squeeze(ReportSamples.HY));
            assertThat(text).contains("Mostlytrue").contains("Evidence(6passages)").contains("Page1of").contains("firstappearance");
            assertThat(text).contains("Whatchanged").contains("Ratingchangedto");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
            BufferedImage page1 = new PDFRenderer(document).renderImageWithDPI(0, 80);
            Path png = Path.of("target/report-pdf-page1.png");
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(page1, "png", png.toFile());
            assertThat(page1.getWidth()).isGreaterThan(500);
        }
    }

    @Test
    void hostile_text_stays_text_in_the_pdf() throws IOException {
        ReportModel model = ReportSamples.model(ReportSamples.report(8, 3, true));
        try (PDDocument document = Loader.loadPDF(pdf(model))) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains("<script>alert(1)</script>").contains("onerror=alert(2)");
            assertThat(text).doesNotContain("\u202E");
            BufferedImage page1 = new PDFRenderer(document).renderImageWithDPI(0, 60);
            ImageIO.write(page1, "png", Path.of("target/report-pdf-hostile-page1.png").toFile());
        }
    }

    @Test
    void hostile_text_is_inert_in_the_html_page() {
        ReportModel model = ReportSamples.model(ReportSamples.report(9, 4, true));
        String page = html.document(model, ReportHtml.Media.PAGE, ClaimReviewJson.scriptBlock(ClaimReviewJson.of(model)));

        Document doc = Jsoup.parse(page);
        assertThat(doc.select("script")).singleElement().satisfies(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
        assertThat(doc.select("img, iframe, object, embed")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a ->
                assertThat(a.getKey()).as("attribute on " + e.tagName()).doesNotStartWith("on")));
        assertThat(doc.select("a[href]")).isNotEmpty().allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
        assertThat(doc.select("h1.fb-report-claim").text()).contains("<script>alert(1)</script>");
        assertThat(page).doesNotContain("\u202E");
        assertThat(doc.select("article svg")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.select("table.fb-evidence tbody tr")).hasSize(4);
        assertThat(doc.select("mark.fb-quote").first().text()).contains(ReportSamples.RU);
        assertThat(doc.select(".fb-first").parents().first().text()).contains("2022-01-10");
    }

    @Test
    void the_json_ld_block_cannot_be_closed_by_a_quote_and_parses_back_to_the_same_text() {
        ReportModel model = ReportSamples.model(ReportSamples.report(10, 2, true));
        String block = ClaimReviewJson.scriptBlock(ClaimReviewJson.of(model));
        String inner = block.substring(block.indexOf('>') + 1, block.lastIndexOf("</script>"));

        assertThat(inner).doesNotContain("</script").doesNotContain("<!--").doesNotContain("<");
        JsonNode review = JSON.readTree(inner);
        assertThat(review.get("claimReviewed").asString()).contains("</script><!-- x -->");
    }

    @Test
    void claim_review_has_every_field_fact_check_markup_needs() {
        ReportModel model = ReportSamples.model(ReportSamples.report(11, 3, false));
        JsonNode review = JSON.readTree(ClaimReviewJson.write(ClaimReviewJson.of(model)));

        assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("url").asString()).isEqualTo("https://factbench.example/report/11/2");
        assertThat(review.get("claimReviewed").asString()).startsWith("The first meeting");
        assertThat(review.get("datePublished").asString()).isEqualTo("2026-11-17");
        assertThat(review.get("dateModified").asString()).isEqualTo("2026-11-20");
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Factbench Test Desk");
        JsonNode rating = review.get("reviewRating");
        assertThat(rating.get("@type").asString()).isEqualTo("Rating");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(5);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(6);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.get("alternateName").asString()).isEqualTo("Mostly true");
        JsonNode item = review.get("itemReviewed");
        assertThat(item.get("@type").asString()).isEqualTo("Claim");
        assertThat(item.get("author").get("name").asString()).startsWith("A spokesperson");
        assertThat(item.get("datePublished").asString()).isEqualTo("2022-01-10");
        assertThat(item.get("appearance")).hasSize(2);
        assertThat(item.get("appearance").get(0).get("url").asString()).isEqualTo("https://news.example/later");
        assertThat(item.get("firstAppearance").get("url").asString()).isEqualTo("https://news.example/story?a=1&b=%3C2%3E");
        assertThat(item.get("firstAppearance").get("datePublished").asString()).isEqualTo("2022-01-10");
    }

    @Test
    void an_ungraded_verdict_names_its_rating_without_a_value() {
        PublishedReport base = ReportSamples.report(12, 1, false);
        PublishedReport unproven = new PublishedReport(base.claimId(), base.version(), base.publishedAt(), base.claim(), base.verdict(),
                base.evidence(), base.verdictHistory(), base.correction(), 2, new ReportScale(ReportSamples.SCALE, 6, 1, null, "Unproven"),
                base.sources(), base.timeline(), base.versions());
        ReportModel model = ReportSamples.model(unproven);

        JsonNode rating = JSON.readTree(ClaimReviewJson.write(ClaimReviewJson.of(model))).get("reviewRating");

        assertThat(rating.has("ratingValue")).isFalse();
        assertThat(rating.get("alternateName").asString()).isEqualTo("Unproven");
        assertThat(Jsoup.parse(html.article(model)).select(".fb-meter-text").text()).contains("not a point on the rating scale");
    }

    @Test
    void web_annotations_follow_the_w3c_model() {
        ReportModel model = ReportSamples.model(ReportSamples.report(13, 5, true));
        JsonNode collection = JSON.readTree(WebAnnotations.write(WebAnnotations.of(model)));

        assertThat(collection.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").asInt()).isEqualTo(5);
        JsonNode items = collection.get("first").get("items");
        assertThat(items).hasSize(5);
        for (JsonNode annotation : items) {
            assertThat(annotation.get("type").asString()).isEqualTo("Annotation");
            assertThat(annotation.get("id").asString()).startsWith("https://factbench.example/report/13/2#evidence-");
            assertThat(annotation.get("motivation").asString()).isEqualTo("assessing");
            List<String> purposes = new ArrayList<>();
            annotation.get("body").forEach(body -> {
                assertThat(body.get("type").asString()).isEqualTo("TextualBody");
                purposes.add(body.get("purpose").asString());
            });
            assertThat(purposes).contains("classifying", "describing");
            JsonNode target = annotation.get("target");
            assertThat(target.get("source").asString()).matches("https://.*|urn:factbench:article:.*");
            JsonNode quote = target.get("selector").get(0);
            assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(quote.get("exact").asString()).contains("<script>alert(1)</script>");
            assertThat(quote.has("prefix") && quote.has("suffix")).isTrue();
            JsonNode position = target.get("selector").get(1);
            assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
            assertThat(position.get("end").asInt()).isGreaterThan(position.get("start").asInt());
        }
        assertThat(items.get(1).get("body").findValuesAsString("value")).anySatisfy(v -> assertThat(v).startsWith("A note on link 2"));
        assertThat(items.get(4).get("target").get("source").asString()).as("a javascript: URL is no source").startsWith("urn:");
    }

    @Test
    void the_markdown_renders_with_no_live_html_or_links_from_article_text() {
        ReportModel model = ReportSamples.model(ReportSamples.report(14, 4, true));
        String md = markdown.write(model);

        String rendered = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        Document doc = Jsoup.parseBodyFragment(rendered);
        assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on")));
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
        assertThat(doc.select("h1")).singleElement().satisfies(h -> assertThat(h.text()).contains("<script>alert(1)</script>"));
        assertThat(doc.select("h2")).extracting(Element::text).contains("Verdict: Mostly true", "Where the claim appeared",
                "Evidence (4 passages)", "Corrections");
        assertThat(doc.select("table, pre")).as("no table or code block from article text").isEmpty();
        assertThat(doc.text()).contains("**bold**").contains("[click](javascript:alert(3))").doesNotContain("\u202E");
        assertThat(md).contains("`□□□□■□`");
    }

    @Test
    void a_dossier_pdf_has_contents_with_the_right_page_numbers_bookmarks_and_numbered_pages() throws IOException {
        Dossiers dossiers = new Dossiers(null, null, null, html, markdown, PDF, format, ReportSamples.clock());
        var collection = new org.factbench.core.collection.CollectionView(5, "Press conference <b>10 January</b>", "Всё", 
                new org.factbench.core.user.UserRef(2, "editor", "Demo Editor"), ReportSamples.PUBLISHED, 0);
        Path target = Files.createTempFile("dossier-test-", ".pdf");
        try {
            int pages = dossiers.pdf(collection, 3, i -> ReportSamples.model(ReportSamples.report(100 + i, 8, i == 1)), target,
                    Dossiers.Progress.NONE);

            try (PDDocument document = Loader.loadPDF(target.toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(pages).isGreaterThan(3);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                String front = stripper.getText(document);
                assertThat(front).contains("Press conference <b>10 January</b>").contains("Contents").contains("Page 1 of " + pages);
                java.util.regex.Matcher rows = java.util.regex.Pattern.compile("Mostly true\\s+2026-11-20\\s+(\\d+)").matcher(front);
                List<Integer> starts = new ArrayList<>();
                while (rows.find()) starts.add(Integer.parseInt(rows.group(1)));
                assertThat(starts).hasSize(3).isSorted();
                for (int i = 0; i < 3; i++) {
                    stripper.setStartPage(starts.get(i));
                    stripper.setEndPage(starts.get(i));
                    assertThat(stripper.getText(document)).as("claim %d starts on its page", i)
                            .contains("claim #" + (100 + i)).contains("Page " + starts.get(i) + " of " + pages);
                }
                var outline = document.getDocumentCatalog().getDocumentOutline();
                assertThat(outline).isNotNull();
                int bookmarks = 0;
                for (var item : outline.children()) bookmarks++;
                assertThat(bookmarks).isEqualTo(3);
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png", Path.of("target/dossier-page1.png").toFile());
            }
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private static byte[] pdf(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PDF.render(new ReportHtml(ReportSamples.format()).document(model, ReportHtml.Media.PDF, ""), out);
        return out.toByteArray();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
