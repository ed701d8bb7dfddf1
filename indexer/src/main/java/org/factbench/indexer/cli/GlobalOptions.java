package org.factbench.indexer.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options of the top-level command that every subcommand inherits: they go before or after the subcommand. */
final class GlobalOptions {

    @Option(names = "--es-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Elasticsearch to use, e.g. https://es1:9200 (default: FACTBENCH_ES_URIS, else the local node)")
    String esUrl;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", scope = ScopeType.INHERIT,
            description = "Prefix of every index and alias name (default: factbench.indexer.index-prefix, "
                    + "e.g. FACTBENCH_INDEXER_INDEX_PREFIX, else none)")
    String indexPrefix;

    @Option(names = "--es-wait", paramLabel = "SECONDS", defaultValue = "180", scope = ScopeType.INHERIT,
            description = "How long to wait for Elasticsearch to be ready (default: ${DEFAULT-VALUE})")
    int esWaitSeconds;
}
