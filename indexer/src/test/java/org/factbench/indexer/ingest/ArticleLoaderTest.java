package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.factbench.core.corpus.ArticleRevised;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.PassageDocument;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {

    StoreFixture store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        store = new StoreFixture();
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void storesArticlesWithTheirPassagesAndReloadingUnchangedFilesIsANoOp() throws IOException {
        Path folder = dir.resolve("first");
        StoreFixture.article(folder, "a.txt", "Quarry reopens in Lindenfeld", "Valley Post", "2024-03-02", "en",
                "The old quarry in Lindenfeld reopened on Monday. Forty workers returned.\n\nThe mayor welcomed the news.");
        StoreFixture.article(folder, "b.txt", "Ferry timetable changes", "Harbour Daily", "2024-03-05", "en",
                "The ferry to Osterholm will leave an hour earlier from April. Commuters were not consulted.");

        LoadSummary first = store.load(folder);

        assertThat(first.failed()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        // a: two paragraphs with two and one sentences; b: one paragraph with two sentences
        assertThat(first.passages()).isEqualTo(8);
        assertThat(store.count(store.names.passages())).isEqualTo(8);

        LoadSummary again = store.load(folder);

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(store.count(store.names.passages())).isEqualTo(8);
        assertThat(store.count(store.names.articleVersions())).isZero();
    }

    @Test
    void aChangedArticleBecomesANewVersionAndTheOldVersionStaysReadable() throws IOException {
        Path folder = dir.resolve("versions");
        String url = "https://news.example/lindenfeld-bridge?utm_source=feed";
        Path file = StoreFixture.article(folder, "bridge.txt", url, "Bridge closed", "Valley Post", "2024-04-01", "en",
                "The Lindenfeld bridge closed for repairs that will take nine weeks.");
        store.load(folder);
        String id = onlyArticleWithTitle("Bridge closed").articleId();

        StoreFixture.article(folder, "bridge.txt", url, "Bridge closed", "Valley Post", "2024-04-01", "en",
                "The Lindenfeld bridge closed for repairs that will take twelve weeks, the council corrected.");
        LoadSummary second = store.load(file);

        assertThat(second.updated()).isEqualTo(1);
        ArticleText latest = store.corpus.latest(id).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.body()).contains("twelve weeks");
        ArticleText first = store.corpus.version(id, 1).orElseThrow();
        assertThat(first.body()).contains("nine weeks").doesNotContain("twelve");
        assertThat(store.corpus.versions(id)).extracting(ArticleVersionSummary::version).containsExactly(1, 2);
        assertThat(store.corpus.version(id, 3)).isEmpty();
        // What the app's evidence catch-up asks, for loads done by another process.
        assertThat(store.corpus.currentVersions(List.of(id, "no-such-article"))).isEqualTo(Map.of(id, 2));

        assertThat(search("nine weeks").hits()).isEmpty();
        assertThat(search("twelve weeks").hits()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.articleVersion()).isEqualTo(2));
        assertThat(passagesOf(id)).allSatisfy(p -> assertThat(p.version()).isEqualTo(2));
    }

    @Test
    void anInputWithTwoTextsForOneUrlStoresTwoVersionsOnceAndReloadingItIsANoOp() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"url":"https://news.example/dam","title":"Dam inspection","date":"2024-05-01T08:00:00Z","text":"Inspectors found cracks in the dam wall."}
                {"url":"https://news.example/dam","title":"Dam inspection","date":"2024-05-01T08:00:00Z","text":"Inspectors found no cracks in the dam wall, the ministry corrected."}
                """);

        LoadSummary first = store.load(feed);
        LoadSummary again = store.load(feed);

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.updated()).isEqualTo(1);
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        String id = store.corpus.searchPassages(PassageQuery.of("ministry corrected")).hits().getFirst().articleId();
        assertThat(store.corpus.versions(id)).hasSize(2);
    }

    @Test
    void aSyndicatedCopyIsStoredAndLinkedToTheOriginal() throws IOException {
        String body = "Negotiators from both delegations met behind closed doors in the capital on Thursday and agreed "
                + "to continue talks about the border commission next month. Officials said the atmosphere was "
                + "constructive and that a joint statement would follow after the consultations ended.";
        store.load(StoreFixture.article(dir.resolve("wire"), "orig.txt", "Border talks continue", "Wire Service",
                "2024-05-02", "en", body));
        LoadSummary copy = store.load(StoreFixture.article(dir.resolve("copy"), "copy.txt", "Talks on the border go on",
                "Regional Herald", "2024-05-03", "en", body + " The Herald's correspondent contributed."));

        assertThat(copy.created()).isEqualTo(1);
        assertThat(copy.duplicates()).isEqualTo(1);
        ArticleDocument original = onlyArticleWithTitle("Border talks continue");
        ArticleDocument syndicated = onlyArticleWithTitle("Talks on the border go on");
        assertThat(original.duplicateOf()).isNull();
        assertThat(syndicated.duplicateOf()).isEqualTo(original.articleId());
        assertThat(syndicated.duplicateSimilarity()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void copiesWithinOneBulkLoadAreLinkedToo() throws IOException {
        String body = "The regional water board announced on Friday that the reservoir reached its highest level in "
                + "twelve years after weeks of heavy rain, and that the spillway would stay open until further notice.";
        Path folder = dir.resolve("same-load");
        StoreFixture.article(folder, "a.txt", "Reservoir full", "Wire Service", "2024-10-04", "en", body);
        StoreFixture.article(folder, "b.txt", "Reservoir at record", "Valley Post", "2024-10-04", "en",
                body + " Residents were asked to stay away from the banks.");

        LoadSummary summary = store.bulkLoad(folder);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
    }

    @Test
    void aDifferentArticleIsNotLinkedAsADuplicate() throws IOException {
        LoadSummary summary = store.load(StoreFixture.article(dir.resolve("other"), "other.txt", "Orchard harvest",
                "Valley Post", "2024-09-10", "en", "Apple growers around Lindenfeld expect a record harvest after a "
                        + "mild spring and a wet summer, the growers' association said on Tuesday."));

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.duplicates()).isZero();
        assertThat(onlyArticleWithTitle("Orchard harvest").duplicateOf()).isNull();
    }

    @Test
    void badInputsAreReportedWithTheirReasonAndTheRestIsStored() throws IOException {
        Path folder = dir.resolve("mixed");
        StoreFixture.article(folder, "good.txt", "Library extends hours", "Valley Post", "2024-06-01", "en",
                "The town library will stay open until nine on weekdays.");
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

        LoadSummary summary = store.load(folder);

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.failedCount()).isEqualTo(2);
        assertThat(summary.failed()).extracting(LoadSummary.Failure::source)
                .anySatisfy(s -> assertThat(s).endsWith("empty.txt"))
                .anySatisfy(s -> assertThat(s).endsWith("image.txt"));
        assertThat(summary.failed()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    }

    @Test
    void bulkModeTurnsRefreshOffDuringTheLoadAndRestoresItAfter() throws IOException {
        Path folder = dir.resolve("bulk");
        for (int i = 0; i < 30; i++) {
            StoreFixture.article(folder, "n" + i + ".txt", "Council note " + i, "Valley Post", "2024-07-01", "en",
                    "Council note number " + i + " records decision " + (i * 7) + " of the session.");
        }
        LoadSummary summary = store.bulkLoad(folder);

        assertThat(summary.created()).isEqualTo(30);
        var settings = store.client.indices().getSettings(g -> g.index(store.names.passages())).settings();
        assertThat(settings.values()).allSatisfy(state -> {
            var index = state.settings().index();
            assertThat(index == null ? null : index.refreshInterval()).isNull();
        });
        assertThat(search("\"decision 91\"").hits()).isNotEmpty();
    }

    private PassagePage search(String text) {
        return store.corpus.searchPassages(PassageQuery.of(text));
    }

    private ArticleDocument onlyArticleWithTitle(String title) throws IOException {
        store.client.indices().refresh(r -> r.index(store.names.articles()));
        SearchResponse<ArticleDocument> response = store.client.search(s -> s.index(store.names.articles())
                .query(q -> q.matchPhrase(m -> m.field("title").query(title))), ArticleDocument.class);
        assertThat(response.hits().hits()).hasSize(1);
        return response.hits().hits().getFirst().source();
    }

    private List<PassageDocument> passagesOf(String articleId) throws IOException {
        store.client.indices().refresh(r -> r.index(store.names.passages()));
        return store.client.search(s -> s.index(store.names.passages()).size(100)
                        .query(q -> q.term(t -> t.field("articleId").value(FieldValue.of(articleId)))), PassageDocument.class)
                .hits().hits().stream().map(h -> h.source()).toList();
    }

    @Test
    void aNewVersionIsAnnouncedOnceCommittedSoEvidenceCanBeReanchored() throws IOException {
        List<ArticleRevised> announced = new CopyOnWriteArrayList<>();
        ArticleLoader loader = new ArticleLoader(store.client, store.schema, new FormatDetectingCorpusReader(),
                new TextSegmenter(), IngestSettings.DEFAULT, Clock.systemUTC(), announced::add);
        Path folder = dir.resolve("revisions");
        String url = "https://news.example/harbour-ferry";
        Path file = StoreFixture.article(folder, "ferry.txt", url, "Ferry resumes", "Valley Post", "2024-05-02", "en",
                "The harbour ferry resumes service on Monday after a month of repairs.");
        loader.load(List.of(folder), ReadOptions.defaults(), ProgressListener.NONE);
        loader.load(List.of(file), ReadOptions.defaults(), ProgressListener.NONE);
        assertThat(announced).as("new and unchanged articles are not revisions").isEmpty();

        StoreFixture.article(folder, "ferry.txt", url, "Ferry resumes", "Valley Post", "2024-05-02", "en",
                "The harbour ferry resumes service on Tuesday after five weeks of repairs.");
        loader.load(List.of(file), ReadOptions.defaults(), ProgressListener.NONE);

        assertThat(announced).hasSize(1);
        ArticleRevised revised = announced.getFirst();
        assertThat(revised.version()).isEqualTo(2);
        assertThat(store.corpus.latest(revised.articleId())).get()
                .satisfies(article -> assertThat(article.body()).contains("five weeks"));
    }
}
