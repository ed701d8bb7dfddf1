package org.factbench.indexer.client;

import org.factbench.indexer.local.LocalElasticsearchException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a local node that cannot start into Spring Boot's short "what happened / what to do" report. */
class LocalElasticsearchFailureAnalyzer extends AbstractFailureAnalyzer<LocalElasticsearchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalElasticsearchException cause) {
        return new FailureAnalysis("The local Elasticsearch node could not start: " + cause.getMessage(),
                "Follow the advice above, or use an existing cluster: set FACTBENCH_ES_URIS (and "
                        + "FACTBENCH_ES_USERNAME/FACTBENCH_ES_PASSWORD or FACTBENCH_ES_API_KEY). "
                        + "See docs/ELASTICSEARCH.md.", cause);
    }
}
