package org.factbench.indexer.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import co.elastic.clients.elasticsearch.indices.AnalyzeResponse;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shared test node is a real single-node cluster with what the index schema relies on. */
class LocalElasticsearchTest {

    @Test
    void the_test_node_answers_on_loopback_with_cluster_health() throws Exception {
        URI uri = TestElasticsearch.uri();

        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(HealthProbe.status(uri)).hasValueSatisfying(s -> assertThat(s).isIn("green", "yellow"));
        assertThat(TestElasticsearch.client().cluster().health().numberOfNodes()).isEqualTo(1);
    }

    @Test
    void the_hunspell_dictionaries_of_the_machine_give_the_node_stemming() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/hunspell/en_US.dic")),
                "no Debian hunspell dictionary (apt-get install hunspell-en-us)");

        AnalyzeResponse analyzed = TestElasticsearch.client().indices().analyze(a -> a
                .tokenizer(t -> t.name("standard"))
                .filter(f -> f.name("lowercase"))
                .filter(f -> f.definition(d -> d.hunspell(h -> h.locale("en_US"))))
                .text("Meetings"));

        assertThat(analyzed.tokens()).extracting(AnalyzeToken::token).contains("meet").doesNotContain("meetings");
    }
}
