package org.factbench.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.collection.CollectionDetails;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.notification.NotificationService;
import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportService;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.claim.workspace.ClaimWorkspaceView;
import org.factbench.web.collection.CollectionsView;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports in the running app: the report page and the workspace's downloads without a browser, the public link
 * logged out over HTTP (404 after revoking), the REST format endpoints with a token, and a background dossier.
 */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("editor")
class ReportWebTest extends SpringBrowserlessTest {

    static final String HOSTILE_STATEMENT = "The first meeting was held in Moscow </script><script>alert(1)</script> "
            + "<img src=x onerror=alert(2)> **not bold** Первая встреча Հանդիպում ə ğ ı ö ş ü";

    @LocalServerPort int port;
    @Autowired CorpusStoreStartup corpusStartup;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired UserDetailsService users;
    @Autowired ReportService reports;
    @Autowired PublicReportLinks links;
    @Autowired ApiTokens tokens;
    @Autowired CollectionService collections;
    @Autowired NotificationService notifications;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    ClaimFixtures fixtures;
    RunAs as;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        as = new RunAs(users);
    }

    /** Created, researched and proposed by the checker, published by the editor, with two real corpus passages. */
    private ClaimView published(Long collectionId) {
        ClaimView claim = as.user("checker", () -> {
            ClaimView created = claims.create(new ClaimDetails(HOSTILE_STATEMENT, "A spokesperson <b>loud</b>", "en", List.of("report"),
                    List.of(new Appearance("https://news.example/story", java.time.LocalDate.of(2022, 1, 10), "Example News")),
                    collectionId));
            ClaimView researching = review.startResearch(created.id(), created.version());
            fixtures.link(created.id(), "first meeting Moscow", Stance.SUPPORTS, "Gives the dates </script>", false);
            fixtures.link(created.id(), "Armenian Azerbaijani normalization", Stance.CONTEXT, null, true);
            return fixtures.proposed(researching, "MOSTLY_TRUE", "Two outlets agree.\n\nOne gives the place <i>Moscow</i>.");
        });
        return review.publish(claim.id(), claims.get(claim.id()).version(), null);
    }

    @Test
    void the_report_page_shows_the_snapshot_with_meter_evidence_and_versions_and_keeps_hostile_text_as_text() {
        ClaimView claim = published(null);
        PublishedReport report = reports.latest(claim.id());
        assertThat(report.sources()).hasSize(2).allSatisfy(s -> assertThat(s.contextBefore() + s.contextAfter()).isNotBlank());

        ReportView view = navigate(new ReportLink(claim.id()).href(), ReportView.class);

        Html article = descendants(view.report).filter(Html.class::isInstance).map(Html.class::cast).findFirst().orElseThrow();
        Document doc = Jsoup.parse(article.getInnerHtml());
        assertThat(doc.select("h1.fb-report-claim").text()).contains("</script><script>alert(1)</script>").contains("<img src=x onerror=alert(2)>");
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select(".fb-verdict-label").text()).isEqualTo("Mostly true");
        assertThat(doc.select(".fb-meter svg rect")).hasSize(6);
        assertThat(doc.select("table.fb-evidence tbody tr")).hasSize(2);
        assertThat(doc.select("mark.fb-quote").first().text()).isEqualTo(report.evidence().getFirst().quoteExact());
        assertThat(doc.text()).contains("Gives the dates </script>").contains("Approved and published by Demo Editor")
                .contains("Demo Checker").contains("proposed a verdict").contains("This is the first version");
        assertThat(view.versions.getElement().getTextRecursively()).contains("version 1");
        assertThat(view.getPageTitle()).startsWith("Report: The first meeting");

        ReportView missing = navigate("report/999999999", ReportView.class);
        assertThat(missing.missing.isVisible()).isTrue();
    }

    @Test
    void the_workspace_slot_offers_every_download_and_editors_create_copy_and_revoke_a_public_link() throws Exception {
        ClaimView claim = published(null);
        ClaimWorkspaceView workspace = navigate(new ClaimLink(claim.id()).href(), ClaimWorkspaceView.class);
        ReportSlot.Panel slot = descendants(workspace).filter(ReportSlot.Panel.class::isInstance).map(ReportSlot.Panel.class::cast)
                .findFirst().orElseThrow();

        assertThat(slot.downloads.downloads).extracting(ClaimDownloads.Download::key).containsExactly("report.download.pdf",
                "report.download.markdown", "report.download.claimreview", "report.download.annotations");
        byte[] pdf = slot.downloads.download("pdf").file().get().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("Первая").contains("Հանդիպում")
                    .contains("əğıöşü").contains("<script>alert(1)</script>");
        }
        assertThat(new String(slot.downloads.download("markdown").file().get().bytes(), StandardCharsets.UTF_8))
                .contains("\\<script\\>alert\\(1\\)\\<\\/script\\>");
        assertThat(json.readTree(slot.downloads.download("claimreview").file().get().bytes()).get("reviewRating").get("ratingValue").asInt())
                .isEqualTo(5);
        assertThat(json.readTree(slot.downloads.download("annotations").file().get().bytes()).get("total").asInt()).isEqualTo(2);

        test(slot.links.create).click();
        var link = links.forClaim(claim.id()).getFirst();
        assertThat(slot.links.list.getElement().getTextRecursively() + slot.links.list.getChildren()
                .flatMap(ReportWebTest::descendants).map(c -> c.getElement().getProperty("value", "")).toList())
                .contains("/public/report/" + link.token());

        HttpResponse<String> open = get("/public/report/" + link.token(), null);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        Document page = Jsoup.parse(open.body());
        assertThat(page.select("script")).singleElement().satisfies(s -> {
            assertThat(s.attr("type")).isEqualTo("application/ld+json");
            JsonNode review = json.readTree(s.data());
            assertThat(review.get("claimReviewed").asString()).isEqualTo(HOSTILE_STATEMENT);
            assertThat(review.get("url").asString()).endsWith("/public/report/" + link.token());
        });
        assertThat(page.select("h1").text()).contains("<script>alert(1)</script>");
        assertThat(open.headers().firstValue("Set-Cookie")).as("no session for the public").isEmpty();

        com.vaadin.flow.component.button.Button revoke = descendants(slot.links).filter(c -> c.hasClassName("fb-revoke"))
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow();
        test(revoke).click();

        assertThat(get("/public/report/" + link.token(), null).statusCode()).isEqualTo(404);
        assertThat(get("/public/report/not-a-token", null).statusCode()).isEqualTo(404);
        assertThat(slot.links.message.getText()).contains("revoked");
    }

    @Test
    @WithUserDetails("checker")
    void a_checker_gets_the_downloads_but_no_public_link_controls() {
        ClaimView claim = as.user("editor", () -> published(null));
        ClaimWorkspaceView workspace = navigate(new ClaimLink(claim.id()).href(), ClaimWorkspaceView.class);
        ReportSlot.Panel slot = descendants(workspace).filter(ReportSlot.Panel.class::isInstance).map(ReportSlot.Panel.class::cast)
                .findFirst().orElseThrow();

        assertThat(slot.downloads).isNotNull();
        assertThat(slot.links).isNull();
        assertThat(slot.downloads.download("markdown").file().get().bytes()).isNotEmpty();
    }

    @Test
    void the_rest_api_serves_every_format_to_a_token_and_a_collection_csv_and_dossier() throws Exception {
        CollectionView collection = collections.create(new CollectionDetails("Report API " + System.nanoTime(), "=HYPERLINK(\"x\")"));
        ClaimView claim = published(collection.id());
        String token = tokens.create("report api test").secret();

        HttpResponse<byte[]> pdf = getBytes("/api/v1/claims/" + claim.id() + "/report.pdf", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Mostly true");
        }
        HttpResponse<String> md = get("/api/v1/claims/" + claim.id() + "/report.md?version=1", token);
        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(md.body()).contains("Mostly true");
        JsonNode review = json.readTree(get("/api/v1/claims/" + claim.id() + "/claimreview", token).body());
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("itemReviewed").get("firstAppearance").get("url").asString()).isEqualTo("https://news.example/story");
        JsonNode annotations = json.readTree(get("/api/v1/claims/" + claim.id() + "/annotations", token).body());
        assertThat(annotations.get("first").get("items")).hasSize(2);
        assertThat(get("/api/v1/claims/" + claim.id() + "/report.html", token).body()).contains("application/ld+json");
        assertThat(get("/api/v1/claims/" + claim.id() + "/report.pdf", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/claims/999999999/claimreview", token).statusCode()).isEqualTo(404);

        ClaimView unpublished = claims.create(new ClaimDetails("=cmd|' /C calc'!A0 injected", "Someone", "en", List.of(),
                List.of(new Appearance("https://news.example/x", java.time.LocalDate.of(2022, 1, 1))), collection.id()));
        HttpResponse<String> csv = get("/api/v1/collections/" + collection.id() + "/claims.csv", token);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("claim_id,statement,").contains("'=cmd|").contains("Mostly true,MOSTLY_TRUE,1,")
                .contains(unpublished.id() + ",'=cmd");

        HttpResponse<byte[]> dossier = getBytes("/api/v1/collections/" + collection.id() + "/dossier.pdf", token);
        assertThat(dossier.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(dossier.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Contents").contains("Page 1 of " + document.getNumberOfPages()).contains("Mostly true");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(get("/api/v1/collections/" + collection.id() + "/dossier.md", token).body()).contains("# Dossier\\: Report API");
    }

    @Test
    void a_dossier_runs_in_the_background_with_progress_and_a_notification_when_ready() throws Exception {
        CollectionView collection = collections.create(new CollectionDetails("Background dossier " + System.nanoTime(), null));
        published(collection.id());
        published(collection.id());
        CollectionsView view = navigate(CollectionsView.class);
        @SuppressWarnings("unchecked")
        var list = (com.vaadin.flow.component.grid.Grid<CollectionView>) descendants(view)
                .filter(com.vaadin.flow.component.grid.Grid.class::isInstance).findFirst().orElseThrow();
        int index = -1;
        for (int r = 0; r < test(list).size(); r++) {
            if (test(list).getCellText(r, 0).equals(collection.name())) index = r;
        }
        assertThat(index).as("the collection is listed").isNotNegative();
        DossierDownloads row = descendants(test(list).getCellComponent(index, 3)).filter(DossierDownloads.class::isInstance)
                .map(DossierDownloads.class::cast).findFirst().orElseThrow();
        long unreadBefore = notifications.unreadCount();

        test(row.pdf).click();
        DossierJobs.Job job = row.watched();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!job.finished() && System.nanoTime() < deadline) Thread.sleep(100);
        runPushedUpdates();

        assertThat(job.error).isNull();
        assertThat(job.done).isEqualTo(2);
        assertThat(Files.size(job.file)).isGreaterThan(1000);
        assertThat(row.ready.getElement().getTextRecursively()).contains("Dossier ready");
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);
        assertThat(notifications.mine(5).getFirst().detail()).contains(collection.name()).contains("ready");
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void runPushedUpdates() throws InterruptedException {
        Thread.sleep(300);
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ReportWebTest::descendants));
    }
}
