package org.factbench.web.status;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * Checks Elasticsearch through the same health indicator that {@code /actuator/health} shows, so the banner
 * and the health endpoint never disagree.
 */
@Component
class ElasticsearchHealthProbe implements CorpusProbe {

    static final String CONTRIBUTOR = "elasticsearch";

    private final HealthContributorRegistry registry;
    private final ObjectProvider<ElasticsearchConnectionDetails> connection;

    ElasticsearchHealthProbe(HealthContributorRegistry registry,
            ObjectProvider<ElasticsearchConnectionDetails> connection) {
        this.registry = registry;
        this.connection = connection;
    }

    @Override
    public String location() {
        ElasticsearchConnectionDetails details = connection.getIfAvailable();
        if (details == null || details.getNodes().isEmpty()) {
            return "(no address configured)";
        }
        return details.getNodes().stream()
                .map(node -> node.protocol().name().toLowerCase(Locale.ROOT) + "://" + node.hostname() + ":" + node.port())
                .collect(Collectors.joining(", "));
    }

    @Override
    public Optional<String> problem() {
        HealthContributor contributor = registry.getContributor(CONTRIBUTOR);
        if (!(contributor instanceof HealthIndicator indicator)) {
            return Optional.of("no Elasticsearch health check is configured");
        }
        Health health = indicator.health(true);
        if (Status.UP.equals(health.getStatus())) {
            return Optional.empty();
        }
        Object error = health.getDetails().get("error");
        return Optional.of(health.getStatus().getCode() + (error == null ? "" : ": " + error));
    }
}
