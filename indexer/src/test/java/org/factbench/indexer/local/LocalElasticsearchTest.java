package org.factbench.indexer.local;

import java.net.URI;

import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalElasticsearchTest {

    @Test
    void the_test_node_starts_and_answers_with_cluster_health() throws Exception {
        URI uri = TestElasticsearch.uri();

        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(HealthProbe.status(uri)).hasValueSatisfying(s -> assertThat(s).isIn("green", "yellow"));
        assertThat(TestElasticsearch.client().cluster().health().numberOfNodes()).isEqualTo(1);
    }
}
