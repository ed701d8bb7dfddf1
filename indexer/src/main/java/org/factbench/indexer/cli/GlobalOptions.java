package org.factbench.indexer.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class GlobalOptions {

    @Option(names = "--es-url", paramLabel = "URL",
            description = "Elasticsearch to use, e.g. https://es1:9200 (default: FACTBENCH_ES_URIS, else the local node)")
    String esUrl;

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "Prefix of every index and alias name (default: none)")
    String indexPrefix;
}
