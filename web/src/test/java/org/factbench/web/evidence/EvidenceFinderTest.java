package org.factbench.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.claim.workspace.ClaimWorkspaceView;
import org.factbench.web.search.HitCard;
import org.factbench.web.status.CorpusStatusMonitor;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.CuttableProxy;
import org.factbench.web.support.WebTest;
import org.factbench.web.text.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class EvidenceFinderTest extends SpringBrowserlessTest {

    /** A word no sample article holds: the finder's paging test writes 14 one-sentence paragraphs with it. */
    private static final String RARE = "Zebrafinchovo";

    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    ArticleLoader loader;
    @Autowired
    SourceCorpus corpus;
    @Autowired
    CuttableProxy elasticsearch;
    @Autowired
    CorpusStatusMonitor corpusStatus;

    @TempDir
    Path files;

    @Autowired
    ClaimFixtures fixtures;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
    }

    @Test
    void hits_are_highlighted_one_per_place_and_open_the_reader_for_the_claim_with_the_search() {
        ClaimView claim = fixtures.inResearch(ClaimFixtures.MOSCOW_CLAIM);
        EvidenceFinder finder = open(claim.id());

        search(finder, "first meeting Moscow");

        List<HitCard> cards = cards(finder);
        assertThat(cards).isNotEmpty().hasSizeLessThanOrEqualTo(EvidenceFinder.PAGE_SIZE);
        assertThat(cards.getFirst().passage().marks()).isNotEmpty();
        List<ArticleRef> refs = cards.stream().map(EvidenceFinderTest::ref).toList();
        // The corpus has the paragraph and each of its sentences: the finder shows a place once.
        for (ArticleRef a : refs) {
            assertThat(refs.stream().filter(b -> b != a && b.overlaps(a))).as("hits overlapping " + a).isEmpty();
        }
        long raw = corpus.searchPassages(new PassageQuery("first meeting Moscow", null, null, null, null, 0, 10)).hits()
                .stream().filter(h -> h.articleId().equals(refs.getFirst().articleId())).count();
        assertThat(raw).as("the raw search does return paragraph and sentence of the first hit's article").isGreaterThan(1);

        String href = link(cards.getFirst()).getHref();
        assertThat(href).startsWith("article/" + refs.getFirst().articleId() + "/")
                .contains("claim=" + claim.id()).contains("q=first%20meeting%20Moscow").contains("start=");
    }

    @Test
    void the_filters_wait_behind_a_button_and_say_how_many_apply_while_hidden() {
        EvidenceFinder finder = open(fixtures.inResearch("Hidden filters claim").id());
        // Not built until asked for: part of the server state of every open claim otherwise.
        assertThat(finder.form.filtersBuilt()).isFalse();
        assertThat(finder.form.filtersToggle().getText()).isEqualTo("Filters");
        assertThat(finder.form.filtersToggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(finder.form.filtersToggle()).click();
        assertThat(finder.form.filtersBuilt()).isTrue();
        assertThat(finder.form.filtersToggle().getText()).isEqualTo("Hide filters");
        test(finder.form.outletField()).setValue("Caspian Ledger");
        test(finder.form.filtersToggle()).click();
        assertThat(finder.form.filtersToggle().getText()).isEqualTo("Filters (1)");
        assertThat(finder.form.filtersToggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        search(finder, "meeting");
        assertThat(cards(finder)).isNotEmpty().allSatisfy(card -> assertThat(article(ref(card)).outlet()).isEqualTo("Caspian Ledger"));
    }

    @Test
    void language_outlet_and_date_filters_narrow_the_hits() {
        EvidenceFinder finder = open(fixtures.inResearch("Filters claim").id());

        test(finder.form.languageField()).selectItem(org.factbench.core.corpus.CorpusLanguage.RUSSIAN.label(java.util.Locale.ENGLISH));
        search(finder, "встреча Москве");
        List<ArticleText> russian = cards(finder).stream().map(card -> article(ref(card))).toList();
        assertThat(russian).isNotEmpty().allSatisfy(a -> assertThat(a.language()).isEqualTo("ru"));

        finder.form.languageField().clear();
        test(finder.form.fromField()).setValue(LocalDate.of(2022, 1, 1));
        search(finder, "meeting");
        List<ArticleText> recent = cards(finder).stream().map(card -> article(ref(card))).toList();
        assertThat(recent).isNotEmpty().allSatisfy(a -> assertThat(a.published().toLocalDate()).isAfterOrEqualTo(LocalDate.of(2022, 1, 1)));

        String outlet = recent.getFirst().outlet();
        test(finder.form.outletField()).setValue(outlet);
        search(finder, "meeting");
        assertThat(cards(finder)).isNotEmpty().allSatisfy(card -> assertThat(article(ref(card)).outlet()).isEqualTo(outlet));
    }

    @Test
    void pages_of_ten_distinct_hits_with_an_exact_count_at_the_end_and_a_claim_url_with_a_search_runs_it()
            throws Exception {
        String body = "By Finch Outlet\n\nBy Pat Pager\n\n" + IntStream.range(0, 14)
                .mapToObj(i -> "Paragraph " + i + " mentions the " + RARE + " bird number " + i + ".")
                .collect(Collectors.joining("\n\n"));
        awaitSearchable(load("finches.txt", body), RARE, 14);
        ClaimView claim = fixtures.inResearch("Paging claim");
        EvidenceFinder finder = open(claim.id());

        search(finder, RARE);
        assertThat(cards(finder)).hasSize(10);
        assertThat(finder.previous.isEnabled()).isFalse();
        assertThat(finder.next.isEnabled()).isTrue();
        assertThat(finder.pageLabel.getText()).isEqualTo("Page 1");

        test(finder.next).click();
        assertThat(cards(finder)).hasSize(4);
        assertThat(finder.status.getText()).isEqualTo("Passages 11–14 of 14");
        assertThat(finder.next.isEnabled()).isFalse();
        test(finder.previous).click();
        assertThat(cards(finder)).hasSize(10);

        // "Back to the claim" from the reader comes with the search in the claim's URL: it runs again.
        UI.getCurrent().navigate("claim/" + claim.id(), QueryParameters.simple(Map.of("q", RARE)));
        EvidenceFinder again = finder();
        assertThat(again.form.queryField().getValue()).isEqualTo(RARE);
        assertThat(cards(again)).hasSize(10);
    }

    @Test
    void hostile_article_text_stays_text_in_the_hits() throws Exception {
        String script = "<script>alert('finder')</script>";
        String image = "<img src=x onerror=alert(1)>";
        awaitSearchable(load("hostile-finder.txt", "By Test Outlet\n\nBy Mallory Markup\n\n"
                + "Quolltown council said " + script + " and " + image + " and javascript:alert(2) verbatim."), "Quolltown", 1);
        EvidenceFinder finder = open(fixtures.inResearch("Hostile claim").id());

        search(finder, "Quolltown council");

        HitCard card = cards(finder).getFirst();
        assertThat(card.getElement().getTextRecursively()).contains(script).contains(image).contains("javascript:alert(2)");
        assertThat(descendants(card.getElement())).extracting(Element::getTag).doesNotContain("script", "img", "iframe");
        assertThat(descendants(card.getElement())).allSatisfy(e -> assertThat(e.getProperty("innerHTML")).isNull());
    }

    @Test
    void when_search_is_down_the_finder_says_so_in_one_sentence_the_claim_keeps_working_and_the_hits_come_back_by_themselves()
            throws InterruptedException {
        ClaimView claim = fixtures.inResearch("Search down claim");
        EvidenceFinder finder = open(claim.id());
        ClaimWorkspaceView workspace = (ClaimWorkspaceView) getCurrentView();
        elasticsearch.cut();
        try {
            search(finder, "first meeting Moscow");
            assertThat(finder.status.getText()).isEqualTo("Search is restarting; your query is kept and runs again by "
                    + "itself. Everything else on the claim keeps working.");
            assertThat(finder.status.getText()).doesNotContain("Exception").doesNotContain("127.0.0.1");
            assertThat(cards(finder)).isEmpty();
            assertThat(finder.form.queryField().getValue()).isEqualTo("first meeting Moscow");
            // The claim is still there and usable.
            assertThat(workspace.getElement().getTextRecursively()).contains("Search down claim");
        } finally {
            elasticsearch.restore();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (cards(finder).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            runPushedUpdates();
        }
        assertThat(corpusStatus.current().available()).isTrue();
        assertThat(cards(finder)).as("hits back without the user searching again").isNotEmpty();
        assertThat(finder.status.getText()).startsWith("Passages 1–");
    }

    /** Article id and passage span of a hit card, from its link. */
    record ArticleRef(String articleId, int version, int start, int end) {
        boolean overlaps(ArticleRef other) {
            return articleId.equals(other.articleId) && version == other.version && start < other.end && other.start < end;
        }
    }

    private static ArticleRef ref(HitCard card) {
        String[] pathAndQuery = link(card).getHref().split("\\?", 2);
        String[] path = pathAndQuery[0].split("/");
        Map<String, List<String>> query = QueryParameters.fromString(pathAndQuery[1]).getParameters();
        return new ArticleRef(java.net.URLDecoder.decode(path[1], java.nio.charset.StandardCharsets.UTF_8),
                Integer.parseInt(path[2]), Integer.parseInt(query.get("start").getFirst()),
                Integer.parseInt(query.get("end").getFirst()));
    }

    private ArticleText article(ArticleRef ref) {
        return corpus.version(ref.articleId(), ref.version()).orElseThrow();
    }

    private static RouterLink link(HitCard card) {
        return descendants(card).filter(RouterLink.class::isInstance).map(RouterLink.class::cast).findFirst().orElseThrow();
    }

    private EvidenceFinder open(long claimId) {
        navigate(new ClaimLink(claimId).href(), ClaimWorkspaceView.class);
        return finder();
    }

    private EvidenceFinder finder() {
        return findInView(EvidenceFinder.class).single();
    }

    private void search(EvidenceFinder finder, String words) {
        test(finder.form.queryField()).setValue(words);
        test(finder.form.searchButton()).click();
    }

    private static List<HitCard> cards(EvidenceFinder finder) {
        return finder.hits.getChildren().map(HitCard.class::cast).toList();
    }

    private Path load(String name, String content) throws IOException {
        Path file = Files.writeString(files.resolve(name), content);
        LoadSummary summary = loader.load(List.of(file), ReadOptions.defaults(), ProgressListener.NONE);
        assertThat(summary.failed()).isEmpty();
        return file;
    }

    private Path awaitSearchable(Path file, String query, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (corpus.searchPassages(PassageQuery.of(query)).total() >= atLeast) return file;
            Thread.sleep(250);
        }
        throw new AssertionError("The loaded article never became searchable for: " + query);
    }

    private static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(EvidenceFinderTest::descendants));
    }

    private static List<Element> descendants(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(child -> descendants(child).stream()))
                .filter(element -> !element.isTextNode()).toList();
    }
}
