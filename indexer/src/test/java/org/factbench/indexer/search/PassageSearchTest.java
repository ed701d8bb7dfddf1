package org.factbench.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.HighlightedText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.client.ElasticsearchClients;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.schema.AnalyzerChoice;
import org.factbench.indexer.schema.SchemaStatus;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageSearchTest {

    static StoreFixture store;
    static SchemaStatus schema;

    @BeforeAll
    static void load(@TempDir Path dir) {
        store = new StoreFixture();
        schema = store.schema.ensure();
        StoreFixture.article(dir, "moscow-en.txt", "Public figures meet in Moscow", "Caspian Ledger", "2021-12-25T10:00:00Z", "en",
                "Public figures from both countries held their first meeting in Moscow on 23-24 December.\n\n"
                        + "The participants agreed to meet again next year.");
        StoreFixture.article(dir, "moscow-ru.txt", "Встреча в Москве", "Кавказский обозреватель", "2021-12-27T09:00:00Z", "ru",
                "Первая встреча общественных деятелей двух стран прошла в Москве.\n\n"
                        + "Участники встречи договорились продолжить диалог.");
        StoreFixture.article(dir, "markup.txt", "Markup in text", "Harbour Daily", "2022-01-05T12:00:00Z", "en",
                "The statement said <b>Moscow</b> talks were <script>alert('x')</script> productive.");
        StoreFixture.article(dir, "harbour.txt", "Harbour dredging", "Harbour Daily", "2022-02-01T08:00:00Z", "en",
                "Dredging of the harbour starts in March. The meeting of the port board approved the budget.");
        for (int i = 0; i < 12; i++) {
            StoreFixture.article(dir.resolve("many"), "bulletin-" + i + ".txt", "Bulletin " + i, "Valley Post",
                    "2023-01-" + String.format("%02d", i + 1), "en",
                    "Weather bulletin number " + i + " reports snowfall in the northern valleys and closed passes.");
        }
        LoadSummary summary = store.load(dir);
        assertThat(summary.failed()).isEmpty();
        assertThat(summary.created()).isEqualTo(16);
    }

    @AfterAll
    static void stop() throws IOException {
        store.close();
    }

    @Test
    void hitsCarryHighlightsAsSegmentsWhoseTextIsExactlyThePassageInTheBody() {
        PassagePage page = store.corpus.searchPassages(PassageQuery.of("first meeting Moscow"));

        assertThat(page.hits()).isNotEmpty();
        PassageHit best = page.hits().getFirst();
        assertThat(best.title()).isEqualTo("Public figures meet in Moscow");
        assertThat(best.text().hasHighlight()).isTrue();
        // The phrase matches too, so the highlighter may mark it as one span.
        assertThat(String.join(" ", highlighted(best.text()))).contains("Moscow", "meeting", "first");
        ArticleText article = store.corpus.version(best.articleId(), best.articleVersion()).orElseThrow();
        assertThat(article.body().substring(best.start(), best.end())).isEqualTo(best.text().plainText());
        assertThat(best.outlet()).isEqualTo("Caspian Ledger");
        assertThat(best.published().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 25));
    }

    @Test
    void englishWordFormsMatchEachOther() {
        AnalyzerChoice english = schema.analyzers().get("en");
        assumeThat(english.strategy())
                .as("English word forms need the 'english' analyzer or the hunspell en_US dictionary in the node "
                        + "(Debian: apt-get install hunspell-en-us); the cluster offers: " + english.description())
                .isIn(AnalyzerChoice.Strategy.BUILTIN, AnalyzerChoice.Strategy.HUNSPELL);
        PassagePage page = store.corpus.searchPassages(PassageQuery.of("meetings"));

        assertThat(page.hits()).extracting(PassageHit::title).contains("Public figures meet in Moscow", "Harbour dredging");
    }

    @Test
    void russianArticlesAreFoundByAnotherFormOfTheWord() {
        AnalyzerChoice russian = schema.analyzers().get("ru");
        assumeThat(russian.strategy())
                .as("Russian morphology needs the 'russian' analyzer or the hunspell ru_RU dictionary in the node "
                        + "(Debian: apt-get install hunspell-ru); the cluster offers: " + russian.description())
                .isIn(AnalyzerChoice.Strategy.BUILTIN, AnalyzerChoice.Strategy.HUNSPELL);

        // The text says "встреча ... в Москве" and "Участники встречи": other cases of both words.
        PassagePage page = store.corpus.searchPassages(PassageQuery.of("встречу Москва"));

        assertThat(page.hits()).isNotEmpty();
        assertThat(page.hits().getFirst().language()).isEqualTo("ru");
        assertThat(String.join(" ", highlighted(page.hits().getFirst().text()))).contains("встреча", "Москве");
    }

    @Test
    void markupInArticleTextStaysText() {
        PassagePage page = store.corpus.searchPassages(PassageQuery.of("statement productive"));

        PassageHit hit = page.hits().getFirst();
        assertThat(hit.text().plainText()).contains("<b>Moscow</b>", "<script>alert('x')</script>");
        assertThat(hit.text().segments()).filteredOn(HighlightedText.Segment::highlighted)
                .extracting(HighlightedText.Segment::text).containsOnly("statement", "productive");
    }

    @Test
    void filtersByLanguageOutletAndPublicationDate() {
        assertThat(search(new PassageQuery("Moscow", "ru", null, null, null, 0, 20))).isEmpty();
        assertThat(search(new PassageQuery("Москве", "ru", null, null, null, 0, 20)))
                .allSatisfy(hit -> assertThat(hit.language()).isEqualTo("ru")).isNotEmpty();
        assertThat(search(new PassageQuery("meeting", null, "Harbour Daily", null, null, 0, 20)))
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.outlet()).isEqualTo("Harbour Daily"));
        assertThat(search(new PassageQuery("meeting", null, null, LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 25), 0, 20)))
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.title()).isEqualTo("Public figures meet in Moscow"));
        assertThat(search(new PassageQuery("meeting", null, null, LocalDate.of(2021, 12, 26), null, 0, 20)))
                .extracting(PassageHit::title).doesNotContain("Public figures meet in Moscow").contains("Harbour dredging");
    }

    @Test
    void pagesDoNotOverlapAndAgreeOnTheTotal() {
        PassagePage first = store.corpus.searchPassages(new PassageQuery("weather bulletin snowfall", null, null, null, null, 0, 10));
        PassagePage second = store.corpus.searchPassages(new PassageQuery("weather bulletin snowfall", null, null, null, null, 1, 10));

        assertThat(first.total()).isEqualTo(24);
        assertThat(second.total()).isEqualTo(24);
        assertThat(first.hits()).hasSize(10);
        assertThat(second.hits()).hasSize(10);
        assertThat(second.hits()).extracting(PassageHit::passageId)
                .doesNotContainAnyElementsOf(first.hits().stream().map(PassageHit::passageId).toList());
    }

    @Test
    void withoutWordsTheNewestPassagesComeFirst() {
        PassagePage page = store.corpus.searchPassages(new PassageQuery(null, null, "Valley Post", null, null, 0, 5));

        assertThat(page.hits()).extracting(PassageHit::title).first().isEqualTo("Bulletin 11");
        assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.text().hasHighlight()).isFalse());
    }

    @Test
    void anUnreachableClusterIsReportedAsCorpusUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ElasticsearchClient dead = ElasticsearchClients.create(
                ElasticsearchConnection.to(List.of(URI.create("http://127.0.0.1:" + port))));
        ElasticsearchSourceCorpus corpus = new ElasticsearchSourceCorpus(dead, store.names);

        assertThatThrownBy(() -> corpus.searchPassages(PassageQuery.of("Moscow")))
                .isInstanceOf(CorpusUnavailableException.class)
                .hasMessageContaining("Elasticsearch");
        assertThatThrownBy(() -> corpus.latest("any")).isInstanceOf(CorpusUnavailableException.class);
        dead.close();
    }

    private static List<PassageHit> search(PassageQuery query) {
        return store.corpus.searchPassages(query).hits();
    }

    private static List<String> highlighted(HighlightedText text) {
        return text.segments().stream().filter(HighlightedText.Segment::highlighted).map(HighlightedText.Segment::text).toList();
    }
}
