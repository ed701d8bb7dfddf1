package org.factbench.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factbench.core.corpus.PassageHit;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.article.ArticleView;
import org.factbench.web.status.CorpusBanner;
import org.factbench.web.support.CuttableProxy;
import org.factbench.web.support.WebTest;
import org.factbench.web.text.Mark;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class SearchViewTest extends SpringBrowserlessTest {

    private static final String QUERY = "first meeting Moscow";
    private static final List<String> QUERY_WORDS = List.of("first", "meeting", "moscow");

    @Autowired
    CorpusStoreStartup corpusStartup;

    @Autowired
    CuttableProxy elasticsearch;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
    }

    @Test
    void hits_show_the_passage_as_text_with_the_query_words_marked() {
        SearchView view = search(QUERY);

        assertThat(view.results.summary.getText()).matches("\\d+ passages?.*");
        VirtualListTester<?, PassageHit> hits = test(view.results.hits);
        assertThat(hits.size()).isPositive();
        HitCard first = (HitCard) hits.getItemComponent(0);
        List<Mark> marks = first.passage().marks();
        // Each mark is a query word, or a phrase the query matched as a whole ("first meeting, held in Moscow").
        assertThat(marks).isNotEmpty().allSatisfy(mark ->
                assertThat(QUERY_WORDS).anyMatch(word -> mark.getText().toLowerCase(Locale.ROOT).contains(word)));
        assertThat(first.passage().getElement().getTextRecursively())
                .isEqualTo(hits.getItem(0).text().plainText());
        assertThat(first.getElement().getTextRecursively()).contains(hits.getItem(0).title());
    }

    @Test
    void a_paragraph_and_the_sentence_inside_it_are_one_hit() {
        // In the sample corpus this phrase opens a paragraph: the sentence and its paragraph both match.
        SearchView view = search("\"first meeting, held in Moscow\"");
        VirtualListTester<?, PassageHit> hits = test(view.results.hits);
        List<PassageHit> all = java.util.stream.IntStream.range(0, hits.size()).mapToObj(hits::getItem).toList();

        assertThat(all).isNotEmpty();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(DistinctHits.overlap(all.get(i), all.get(j))).as("hits %d and %d are one place", i, j).isFalse();
            }
        }
        assertThat(view.results.summary.getText()).isEqualTo(all.size() == 1 ? "1 passage" : all.size() + " passages");
    }

    @Test
    void a_hit_links_to_its_article_with_that_passage_marked() {
        SearchView view = search(QUERY);
        HitCard first = (HitCard) test(view.results.hits).getItemComponent(0);
        PassageHit hit = test(view.results.hits).getItem(0);
        RouterLink link = descendants(first).filter(RouterLink.class::isInstance).map(RouterLink.class::cast)
                .findFirst().orElseThrow();

        assertThat(link.getHref()).startsWith("article/" + hit.articleId() + "/" + hit.articleVersion() + "?");
        String[] pathAndQuery = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));

        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        String marked = String.join("", findInView(Mark.class).withClassName("fb-passage").all().stream()
                .map(Mark::getText).toList());
        assertThat(marked).isEqualTo(hit.text().plainText());
    }

    @Test
    void a_url_with_a_query_and_filters_runs_that_search_and_the_reader_leads_back_to_it() {
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=first%20meeting%20Moscow&lang=en"));
        SearchView view = (SearchView) getCurrentView();

        assertThat(view.form.text.getValue()).isEqualTo(QUERY);
        assertThat(view.form.language.getValue()).isEqualTo("en");
        assertThat(view.results.summary.getText()).matches("\\d+ passages?.*");
        VirtualListTester<?, PassageHit> hits = test(view.results.hits);
        assertThat(hits.size()).isPositive();
        for (int i = 0; i < hits.size(); i++) assertThat(hits.getItem(i).language()).isEqualTo("en");

        RouterLink link = descendants((HitCard) hits.getItemComponent(0)).filter(RouterLink.class::isInstance)
                .map(RouterLink.class::cast).findFirst().orElseThrow();
        String[] pathAndQuery = link.getHref().split("\\?", 2);
        QueryParameters query = QueryParameters.fromString(pathAndQuery[1]);
        assertThat(query.getSingleParameter("back")).contains("search?q=first%20meeting%20Moscow&lang=en");
        UI.getCurrent().navigate(pathAndQuery[0], query);
        assertThat(getCurrentView()).isInstanceOf(ArticleView.class);
        com.vaadin.flow.component.html.Anchor back = findInView(com.vaadin.flow.component.html.Anchor.class)
                .withClassName("fb-back").single();
        assertThat(back.getHref()).isEqualTo("search?q=first%20meeting%20Moscow&lang=en");
        assertThat(back.getText()).isEqualTo("Back to the results");
    }

    @Test
    void an_empty_query_is_refused_in_the_field_and_nothing_is_searched() {
        SearchView view = search("   ");

        assertThat(view.form.text.isInvalid()).isTrue();
        assertThat(view.results.summary.getText()).isEmpty();
    }

    @Test
    void when_elasticsearch_is_unreachable_the_view_and_banner_say_so_the_query_stays_and_the_banner_goes_away()
            throws InterruptedException {
        navigate(SearchView.class);
        // The banner is hidden while all is well, and queries find visible components only.
        CorpusBanner banner = descendants(UI.getCurrent()).filter(CorpusBanner.class::isInstance)
                .map(CorpusBanner.class::cast).findFirst().orElseThrow();
        assertThat(banner.isVisible()).isFalse();
        SearchView view;
        elasticsearch.cut();
        try {
            view = search(QUERY);
            runPushedUpdates();

            assertThat(view.results.summary.getText())
                    .isEqualTo("Search is unavailable right now; your query is kept. Search again once the banner is gone.");
            assertThat(view.results.hits.isVisible()).isFalse();
            assertThat(view.form.text.getValue()).isEqualTo(QUERY);
            assertThat(banner.isVisible()).isTrue();
            // One sentence in the user's words; hosts and exceptions are for the log and admins (CorpusBannerTest).
            assertThat(banner.getElement().getTextRecursively()).isEqualTo("Search is unavailable; retrying.");
        } finally {
            elasticsearch.restore();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (banner.isVisible() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            runPushedUpdates();
        }
        assertThat(banner.isVisible()).as("banner gone once Elasticsearch answers again").isFalse();
        test(view.form.search).click();
        assertThat(view.results.summary.getText()).matches("\\d+ passages?.*");
    }

    /** What the server pushes from other threads (ui.access) runs when the session lock is released; here, now. */
    private static void runPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SearchViewTest::descendants));
    }

    private SearchView search(String words) {
        SearchView view = getCurrentView() instanceof SearchView current ? current : navigate(SearchView.class);
        test(view.form.text).setValue(words);
        test(view.form.search).click();
        return view;
    }
}
