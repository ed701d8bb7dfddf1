package org.factbench.indexer.client;

import java.nio.file.Path;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.factbench.indexer.local.FactbenchDataDirectory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Spring wiring: one {@link ElasticsearchTarget} (external cluster, or the local node launched in the
 * background so the web UI does not wait for it), its clients and {@link ElasticsearchReadiness}.
 *
 * <p>An auto-configuration (any Boot app with the indexer on its class path gets it) ordered before Spring Boot's
 * own Elasticsearch auto-configuration, which then steps back because our {@link Rest5Client} and
 * {@link ElasticsearchClient} beans exist. {@link ElasticsearchHealthConfiguration} replaces Boot's health
 * indicator with one that knows about the local node.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration",
        "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration"})
@EnableConfigurationProperties(ElasticsearchConnection.class)
public class ElasticsearchConfiguration {

    /** Closed with the context: closes the client, then stops the local node if this process started it. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ElasticsearchTarget elasticsearchTarget(ElasticsearchConnection connection, Environment environment) {
        String dataDirectory = environment.getProperty(FactbenchDataDirectory.PROPERTY);
        Path directory = dataDirectory == null || dataDirectory.isBlank()
                ? FactbenchDataDirectory.resolve()
                : Path.of(dataDirectory).toAbsolutePath().normalize();
        return ElasticsearchTarget.open(connection, directory);
    }

    // The target closes these; no second close here.
    @Bean(destroyMethod = "")
    Rest5Client elasticsearchRestClient(ElasticsearchTarget target) {
        return target.restClient();
    }

    @Bean(destroyMethod = "")
    ElasticsearchClient elasticsearchClient(ElasticsearchTarget target) {
        return target.client();
    }

    @Bean
    ElasticsearchReadiness elasticsearchReadiness(ElasticsearchTarget target) {
        return new ElasticsearchReadiness(target);
    }
}
