package org.factbench.web.status;

import org.factbench.indexer.client.ElasticsearchReadiness;
import org.springframework.stereotype.Component;

/**
 * Asks the indexer's {@link ElasticsearchReadiness}, the same source as the "elasticsearch" component of
 * {@code /actuator/health}, so the banner and the health endpoint never disagree.
 */
@Component
class ElasticsearchProbe implements CorpusProbe {

    private final ElasticsearchReadiness readiness;

    ElasticsearchProbe(ElasticsearchReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public Observation check() {
        ElasticsearchReadiness.Status status = readiness.status();
        return status.isUp() ? Observation.up(status.localNode(), status.checkedAt())
                : Observation.down(status.localNode(), status.message(), status.checkedAt());
    }
}
