package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.factbench.web.text.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reader opened for a claim: its evidence by stance, and select-to-link with exact body offsets. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class ReaderForClaimTest extends SpringBrowserlessTest {

    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    SourceCorpus corpus;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService review;
    @Autowired
    EvidenceService evidence;
    @Autowired
    UserDetailsService users;

    @Autowired
    org.factbench.indexer.ingest.ArticleLoader loader;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path files;

    @Autowired
    ClaimFixtures fixtures;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
    }

    @Test
    void the_claims_evidence_in_this_version_is_highlighted_by_stance_with_a_label_and_the_way_back_keeps_the_search() {
        ClaimView claim = fixtures.inResearch(ClaimFixtures.MOSCOW_CLAIM);
        EvidenceView supports = fixtures.link(claim.id(), "first meeting Moscow", Stance.SUPPORTS, "Gives the dates", true);

        ArticleView view = read(supports.articleId(), supports.articleVersion(), claim.id(), Map.of("q", "first meeting Moscow"));

        List<Mark> marks = findInView(Mark.class).withClassName("fb-ev-supports").all();
        assertThat(String.join("", marks.stream().map(Mark::getText).toList())).isEqualTo(supports.quoteExact());
        assertThat(marks.getFirst().getElement().getAttribute("data-label")).isEqualTo("Supports");
        assertThat(marks.getFirst().getElement().getAttribute("title")).contains("Supports").contains("Gives the dates");
        assertThat(findInView(Mark.class).withClassName("fb-ev-refutes").all()).isEmpty();
        assertThat(view.toolbar.getElement().getTextRecursively()).contains(ClaimFixtures.MOSCOW_CLAIM)
                .contains("1 passage of this version is linked to the claim");
        RouterLink back = findInView(RouterLink.class).withClassName("fb-back-to-claim").single();
        assertThat(back.getHref()).isEqualTo("claim/" + claim.id() + "?q=first%20meeting%20Moscow");
        assertThat(view.linkSelection.isVisible()).isTrue();
    }

    @Test
    void half_a_sentence_selected_is_linked_with_its_exact_offsets_and_shows_up_in_the_reader_and_the_workspace() {
        ClaimView claim = fixtures.inResearch("Half sentence claim about the Moscow meeting");
        PassageHit hit = fixtures.firstHit("first meeting Moscow");
        ArticleText article = corpus.version(hit.articleId(), hit.articleVersion()).orElseThrow();
        ArticleView view = read(hit.articleId(), hit.articleVersion(), claim.id(), Map.of());
        BodyParagraphs.Paragraph paragraph = paragraphAt(view, hit.start());
        int from = hit.start() - paragraph.start();
        int to = from + (hit.end() - hit.start()) / 2;
        String half = paragraph.text().substring(from, to);

        view.content.selected(new SelectionEnds(paragraph.start(), from, paragraph.start(), to, half));
        test($(RadioButtonGroup.class).first()).selectItem("Refutes");
        test($(TextArea.class).first()).setValue("Only the first half matters");
        test($(Button.class).withText("Link").first()).click();

        EvidenceView linked = evidence.forClaim(claim.id()).getLast();
        int start = paragraph.start() + from + leadingSpaces(half);
        assertThat(linked.startOffset()).isEqualTo(start);
        assertThat(linked.quoteExact()).isEqualTo(half.strip());
        assertThat(article.body().substring(linked.startOffset(), linked.endOffset())).isEqualTo(half.strip());
        assertThat(linked.stance()).isEqualTo(Stance.REFUTES);
        assertThat(linked.note()).isEqualTo("Only the first half matters");
        assertThat(String.join("", findInView(Mark.class).withClassName("fb-ev-refutes").all().stream().map(Mark::getText)
                .toList())).as("highlighted at once").isEqualTo(half.strip());

        // How the workspace shows the link (and opens the reader at it again): ClaimWorkspaceViewTest.
    }

    @Test
    void a_selection_across_two_paragraphs_of_a_russian_article_is_linked_with_the_paragraph_break_of_the_body() {
        ClaimView claim = fixtures.inResearch("Cross paragraph claim");
        PassageHit hit = corpus.searchPassages(new PassageQuery("встреча общественных деятелей", "ru", null, null, null, 0, 5))
                .hits().getFirst();
        ArticleText article = corpus.version(hit.articleId(), hit.articleVersion()).orElseThrow();
        ArticleView view = read(hit.articleId(), hit.articleVersion(), claim.id(), Map.of());
        List<BodyParagraphs.Paragraph> paragraphs = view.content.paragraphs();
        BodyParagraphs.Paragraph first = paragraphs.get(paragraphs.size() - 2);
        BodyParagraphs.Paragraph second = paragraphs.getLast();
        int from = first.text().length() / 2;
        int to = Math.min(20, second.text().length());
        String seen = first.text().substring(from) + "\n" + second.text().substring(0, to);

        view.content.selected(new SelectionEnds(first.start(), from, second.start(), to, seen));
        test($(RadioButtonGroup.class).first()).selectItem("Context");
        test($(Button.class).withText("Link").first()).click();

        EvidenceView linked = evidence.forClaim(claim.id()).getLast();
        String expected = article.body().substring(first.start() + from, second.start() + to).strip();
        assertThat(linked.quoteExact()).isEqualTo(expected).contains("\n\n");
        assertThat(linked.quoteExact()).matches("(?s).*[а-яА-Я].*");
        assertThat(linked.stance()).isEqualTo(Stance.CONTEXT);
    }

    @Test
    void evidence_someone_else_links_shows_up_in_the_open_reader_without_reload() throws InterruptedException {
        ClaimView claim = fixtures.inResearch("Live reader claim");
        PassageHit hit = fixtures.firstHit("first meeting Moscow");
        read(hit.articleId(), hit.articleVersion(), claim.id(), Map.of());
        assertThat(findInView(Mark.class).withClassName("fb-ev-context").all()).isEmpty();

        EvidenceView linked = new RunAs(users).user("editor",
                () -> fixtures.link(claim.id(), "first meeting Moscow", Stance.CONTEXT, "Linked by the editor", false));
        Thread.sleep(300);
        runPushedUpdates();

        assertThat(String.join("", findInView(Mark.class).withClassName("fb-ev-context").all().stream().map(Mark::getText)
                .toList())).isEqualTo(linked.quoteExact());
    }

    @Test
    void a_selection_whose_text_is_not_the_body_there_opens_no_dialog_and_a_closed_claim_offers_no_linking() {
        ClaimView claim = fixtures.inResearch("Mismatch claim");
        PassageHit hit = fixtures.firstHit("first meeting Moscow");
        ArticleView view = read(hit.articleId(), hit.articleVersion(), claim.id(), Map.of());
        BodyParagraphs.Paragraph paragraph = paragraphAt(view, hit.start());

        view.content.selected(new SelectionEnds(paragraph.start(), 0, paragraph.start(), 5, "something else"));
        assertThat($(RadioButtonGroup.class).all()).isEmpty();

        ClaimView fresh = claims.get(claim.id());
        new RunAs(users).user("editor", () -> review.reject(fresh.id(), fresh.version(), "Not a claim"));
        ArticleView closed = read(hit.articleId(), hit.articleVersion(), claim.id(), Map.of());
        assertThat(closed.linkSelection.isAttached()).isFalse();
        closed.content.selected(new SelectionEnds(paragraph.start(), 0, paragraph.start(), 5, paragraph.text().substring(0, 5)));
        assertThat($(RadioButtonGroup.class).all()).isEmpty();
    }

    @Test
    void the_reader_switches_between_versions_and_keeps_reading_for_the_claim() throws Exception {
        String url = "https://versions.example/story-" + System.nanoTime();
        String first = "By Version Outlet\n\nBy Vera Versions\n\nVerzonia held its first vote on Monday.";
        String second = first + "\n\nA second paragraph was added about Verzonia later.";
        load("story.txt", url, first);
        String articleId = awaitVersion("Verzonia", 1);
        load("story.txt", url, second);
        awaitVersion("Verzonia", 2);
        ClaimView claim = fixtures.inResearch("Version claim");

        ArticleView view = read(articleId, 2, claim.id(), Map.of("q", "Verzonia"));
        assertThat(view.versions.getListDataView().getItems()).containsExactly(1, 2);
        assertThat(view.versions.getValue()).isEqualTo(2);
        assertThat(view.content.paragraphs()).hasSize(2);

        test(view.versions).selectItem("Version 1");

        ArticleView older = (ArticleView) getCurrentView();
        assertThat(older.content.paragraphs()).hasSize(1);
        assertThat(older.versions.getValue()).isEqualTo(1);
        assertThat(findInView(RouterLink.class).withClassName("fb-back-to-claim").single().getHref())
                .isEqualTo("claim/" + claim.id() + "?q=Verzonia");
        assertThat(older.linkSelection.isAttached()).isTrue();
    }

    private void load(String name, String url, String body) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(files.resolve(name), body);
        java.nio.file.Files.writeString(files.resolve(name.replace(".txt", ".meta.json")),
                "{\"title\": \"Verzonia story\", \"url\": \"" + url + "\", \"language\": \"en\"}");
        org.factbench.indexer.ingest.LoadSummary summary = loader.load(List.of(file),
                org.factbench.indexer.parse.ReadOptions.defaults(), org.factbench.indexer.ingest.ProgressListener.NONE);
        assertThat(summary.failed()).isEmpty();
    }

    private String awaitVersion(String word, int version) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (java.time.Instant.now().isBefore(deadline)) {
            List<PassageHit> hits = corpus.searchPassages(PassageQuery.of(word)).hits();
            java.util.Optional<PassageHit> hit = hits.stream().filter(h -> h.articleVersion() == version).findFirst();
            if (hit.isPresent()) return hit.get().articleId();
            Thread.sleep(250);
        }
        throw new AssertionError("Version " + version + " never became searchable");
    }

    private ArticleView read(String articleId, int version, long claimId, Map<String, String> more) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("claim", Long.toString(claimId)));
        query.putAll(more);
        UI.getCurrent().navigate("article/" + articleId + "/" + version, QueryParameters.simple(query));
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        return (ArticleView) getCurrentView();
    }

    private static BodyParagraphs.Paragraph paragraphAt(ArticleView view, int offset) {
        return view.content.paragraphs().stream().filter(p -> p.start() <= offset && offset < p.end()).findFirst().orElseThrow();
    }

    private static int leadingSpaces(String text) {
        return text.length() - text.stripLeading().length();
    }

    static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }
}
