package org.factbench.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.factbench.indexer.ingest.IngestSettings;
import org.factbench.indexer.parse.ParseSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The CLI binds the application's properties the way the application does: the same names, the same defaults. */
class CorpusStoreWiringTest {

    @Test
    void withNothingSetTheDefaultsAreThePropertiesOwn() {
        IndexerProperties properties = CorpusStoreWiring.indexerProperties(new MockEnvironment());

        assertThat(properties.indexPrefix()).isEmpty();
        assertThat(properties.shards()).isEqualTo(1);
        assertThat(properties.autoExpandReplicas()).isEqualTo("0-1");
        assertThat(properties.ingest().settings()).usingRecursiveComparison().isEqualTo(IngestSettings.DEFAULT);
        assertThat(properties.ingest().initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(CorpusStoreWiring.parseSettings(new MockEnvironment())).isEqualTo(ParseSettings.defaults());
    }

    @Test
    void settingsAreReadUnderTheApplicationsNames() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("factbench.indexer.index-prefix", "cli-")
                .withProperty("factbench.indexer.ingest.max-concurrent-requests", "5")
                .withProperty("factbench.parse.max-document-bytes", "4096")
                .withProperty("factbench.parse.html.time-limit", "3s");

        IndexerProperties properties = CorpusStoreWiring.indexerProperties(environment);
        ParseSettings parse = CorpusStoreWiring.parseSettings(environment);

        assertThat(properties.indexPrefix()).isEqualTo("cli-");
        assertThat(properties.ingest().settings().maxConcurrentRequests()).isEqualTo(5);
        assertThat(properties.withIndexPrefix("given-").indexPrefix()).isEqualTo("given-");
        assertThat(CorpusStoreWiring.names(properties).prefix()).isEqualTo("cli-");
        assertThat(parse.maxDocumentBytes()).isEqualTo(4096L);
        assertThat(parse.html().timeLimit()).isEqualTo(Duration.ofSeconds(3));
    }
}
