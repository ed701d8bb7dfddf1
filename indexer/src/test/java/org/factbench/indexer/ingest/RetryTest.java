package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factbench.indexer.client.ElasticsearchClients;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk requests refused with 429 or 503 by a real-looking busy cluster are retried with backoff. */
class RetryTest {

    StoreFixture store;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        store = new StoreFixture();
    }

    private Path articles(String name) {
        Path folder = dir.resolve(name);
        for (int i = 0; i < 3; i++) {
            StoreFixture.article(folder, "r" + i + ".txt", name + " " + i, "Valley Post", "2024-09-0" + (i + 1), "en",
                    "Article " + i + " of " + name + " about the sluice gates. The gates open at dawn.");
        }
        return folder;
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
    }

    @Test
    void rejectedBulkRequestsAreRetriedUntilTheyAreStored() throws IOException {
        for (int status : List.of(429, 503)) {
            try (FaultInjectingProxy proxy = new FaultInjectingProxy(TestElasticsearch.uri(), 3, status);
                 ElasticsearchClient client = throughProxy(proxy)) {
                LoadSummary summary = loader(client, 6).load(List.of(articles("status" + status)), ReadOptions.defaults(),
                        ProgressListener.NONE);

                assertThat(proxy.injected()).as("failures injected for %d", status).isEqualTo(3);
                // Items are read through a filtered response: status, id and error are all the load needs.
                assertThat(proxy.bulkQueries()).isNotEmpty()
                        .allSatisfy(query -> assertThat(query).contains("filter_path=" + BulkWriter.RESULT_FIELDS));
                assertThat(summary.failed()).isEmpty();
                assertThat(summary.created()).isEqualTo(3);
            }
        }
        assertThat(store.count(store.names.articles())).isEqualTo(6);
    }

    @Test
    void whenRetriesRunOutTheArticlesAreReportedAndNothingOfThemIsVisible() throws IOException {
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(TestElasticsearch.uri(), 1000, 429);
             ElasticsearchClient client = throughProxy(proxy)) {
            LoadSummary summary = loader(client, 3).load(List.of(articles("refused")), ReadOptions.defaults(),
                    ProgressListener.NONE);

            assertThat(summary.created()).isZero();
            assertThat(summary.failedCount()).isEqualTo(3);
            assertThat(summary.failed()).allSatisfy(f -> assertThat(f.reason()).contains("429").contains("3 attempts"));
        }
        assertThat(store.count(store.names.passages())).isZero();
        assertThat(store.count(store.names.articles())).isZero();
    }

    private ArticleLoader loader(ElasticsearchClient client, int attempts) {
        IngestSettings settings = new IngestSettings(2, 100, 1024 * 1024, 50, attempts, Duration.ofMillis(20), 0.7);
        return new ArticleLoader(client, store.schema, new FormatDetectingCorpusReader(), new TextSegmenter(),
                settings, Clock.systemUTC());
    }

    private static ElasticsearchClient throughProxy(FaultInjectingProxy proxy) {
        return ElasticsearchClients.create(ElasticsearchConnection.to(List.of(proxy.uri())));
    }
}
