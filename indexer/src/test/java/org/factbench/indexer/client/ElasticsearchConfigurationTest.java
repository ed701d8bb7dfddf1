package org.factbench.indexer.client;

import java.time.Duration;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.factbench.indexer.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ElasticsearchConfigurationTest.App.class)
class ElasticsearchConfigurationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    record Checked(String claim, Instant checkedAt) {
    }

    @Autowired
    ElasticsearchClient client;

    @Autowired
    Rest5Client restClient;

    @Autowired
    ElasticsearchTarget target;

    @Autowired
    ElasticsearchReadiness readiness;

    @Autowired
    HealthIndicator elasticsearchHealthIndicator;

    @Test
    void a_spring_test_context_talks_to_the_test_node_not_a_local_node_of_its_own() {
        assertThat(target.localNode()).isEmpty();
        assertThat(target.connection().uris()).containsExactly(TestElasticsearch.uri());
        assertThat(restClient).isSameAs(target.restClient());
    }

    @Test
    void the_client_writes_and_reads_documents_with_java_time_fields() throws Exception {
        String index = TestElasticsearch.uniqueName("config-test");
        Instant when = Instant.parse("2021-12-23T10:15:30Z");

        client.index(i -> i.index(index).id("1").document(new Checked("first meeting in Moscow", when)).refresh(
                co.elastic.clients.elasticsearch._types.Refresh.True));
        GetResponse<Checked> read = client.get(g -> g.index(index).id("1"), Checked.class);

        assertThat(read.source()).isEqualTo(new Checked("first meeting in Moscow", when));
    }

    @Test
    void readiness_and_the_health_indicator_report_elasticsearch_up() {
        assertThat(readiness.awaitReady(Duration.ofSeconds(30))).isTrue();
        assertThat(readiness.status().clusterStatus()).isIn("green", "yellow");

        var health = elasticsearchHealthIndicator.health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("local", false);
    }
}
