package org.factbench.indexer.client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The "elasticsearch" health component. It replaces Spring Boot's (same bean name) so that the health endpoint
 * says why the local node is not up (starting, port taken, ...) instead of only "connection refused".
 */
@AutoConfiguration(after = ElasticsearchConfiguration.class, beforeName =
        "org.springframework.boot.elasticsearch.autoconfigure.health.ElasticsearchRestHealthContributorAutoConfiguration")
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(ElasticsearchReadiness.class)
public class ElasticsearchHealthConfiguration {

    @Bean
    HealthIndicator elasticsearchHealthIndicator(ElasticsearchReadiness readiness) {
        return () -> {
            ElasticsearchReadiness.Status status = readiness.status();
            Health.Builder health = switch (status.state()) {
                case UP -> Health.up();
                case STARTING -> Health.status(new Status("STARTING", status.message()));
                case DOWN -> Health.down();
            };
            health.withDetail("uris", status.uris().toString()).withDetail("local", status.localNode());
            if (status.clusterStatus() != null) {
                health.withDetail("status", status.clusterStatus());
            }
            if (!status.message().isEmpty()) {
                health.withDetail("message", status.message());
            }
            return health.build();
        };
    }
}
