package org.factbench.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.ingest.SampleCorpus;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A Boot application with the indexer on its class path gets the corpus store, set up with the sample corpus. */
@SpringBootTest(classes = CorpusStoreConfigurationTest.App.class)
class CorpusStoreConfigurationTest {

    static final String PREFIX = TestElasticsearch.uniqueName("spring") + "-";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @DynamicPropertySource
    static void prefix(DynamicPropertyRegistry registry) {
        registry.add("factbench.indexer.index-prefix", () -> PREFIX);
    }

    @Autowired
    SourceCorpus corpus;

    @Autowired
    ClaimIndex claims;

    @Autowired
    ArticleLoader loader;

    @Autowired
    SampleCorpus sampleCorpus;

    @Autowired
    CorpusStoreStartup startup;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    IndexNames names;

    @AfterAll
    static void removeIndices() throws IOException {
        ElasticsearchClient client = TestElasticsearch.client();
        List<String> indices = List.copyOf(client.indices().get(g -> g.index(PREFIX + "*").allowNoIndices(true)
                .ignoreUnavailable(true)).indices().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
        IndexNames names = new IndexNames(PREFIX);
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            client.indices().deleteIndexTemplate(d -> d.name(names.template(kind)));
        }
        client.cluster().deleteComponentTemplate(d -> d.name(names.analysisComponent()));
    }

    @Test
    void atStartTheIndicesAreSetUpAndTheSampleCorpusIsSearchable() throws Exception {
        assertThat(startup.awaitReady(Duration.ofMinutes(3))).isTrue();

        assertThat(names.prefix()).isEqualTo(PREFIX);
        client.indices().refresh(r -> r.index(names.articles()));
        assertThat(client.count(c -> c.index(names.articles())).count()).isEqualTo(20);
        PassagePage page = corpus.searchPassages(PassageQuery.of("first meeting Moscow"));
        assertThat(page.hits()).isNotEmpty();
        PassageHit hit = page.hits().getFirst();
        assertThat(hit.text().hasHighlight()).isTrue();
        assertThat(corpus.latest(hit.articleId())).isPresent();
    }

    @Test
    void loadingTheSampleCorpusAgainChangesNothing() throws Exception {
        assertThat(startup.awaitReady(Duration.ofMinutes(3))).isTrue();

        LoadSummary again = sampleCorpus.load(ProgressListener.NONE);

        assertThat(again.failed()).isEmpty();
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isGreaterThanOrEqualTo(20);
    }
}
