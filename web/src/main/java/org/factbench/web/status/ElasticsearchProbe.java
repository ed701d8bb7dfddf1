package org.factbench.web.status;

import java.net.URI;
import java.util.stream.Collectors;
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
    public String location() {
        return describe(readiness.status());
    }

    @Override
    public Observation check() {
        ElasticsearchReadiness.Status status = readiness.status();
        return new Observation(switch (status.state()) {
            case UP -> CorpusStatus.reachable();
            case STARTING -> CorpusStatus.starting(describe(status));
            case DOWN -> CorpusStatus.unreachable(describe(status), status.message());
        }, status.checkedAt());
    }

    private static String describe(ElasticsearchReadiness.Status status) {
        return status.uris().stream().map(URI::toString).collect(Collectors.joining(", "));
    }
}
