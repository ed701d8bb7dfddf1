package org.factbench.indexer.store;

import java.time.Duration;
import org.factbench.indexer.ingest.IngestSettings;
import org.factbench.indexer.schema.SchemaSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the corpus store ({@code factbench.indexer.*}).
 *
 * @param indexPrefix     put before every alias, index and template name (several installations on one cluster)
 * @param shards          primary shards per index
 * @param autoExpandReplicas replicas as a range, e.g. "0-1": none on a single node, one when a second node joins
 * @param setupOnStart    create or update the indices when the application starts
 * @param loadSampleCorpus load the sample corpus at start (a no-op for articles already stored)
 * @param ingest          bulk loading (preparation-threads 0 = one per core, at most four)
 */
@ConfigurationProperties("factbench.indexer")
public record IndexerProperties(
        @DefaultValue("") String indexPrefix,
        @DefaultValue("1") int shards,
        @DefaultValue("0-1") String autoExpandReplicas,
        @DefaultValue("true") boolean setupOnStart,
        @DefaultValue("true") boolean loadSampleCorpus,
        @DefaultValue Ingest ingest) {

    /**
     * See {@link IngestSettings} for what each does. The defaults are {@link IngestSettings#DEFAULT}'s (the
     * benchmark's load took 30.1 s with three requests in flight, 36.5 s with two; docs/INDEXER.md), for the
     * application and the CLI alike.
     */
    public record Ingest(
            @DefaultValue("3") int maxConcurrentRequests,
            @DefaultValue("2000") int maxBulkOperations,
            @DefaultValue("8388608") long maxBulkBytes,
            @DefaultValue("500") int lookupBatch,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("0.7") double nearDuplicateThreshold,
            @DefaultValue("0") int preparationThreads) {

        IngestSettings settings() {
            return new IngestSettings(maxConcurrentRequests, maxBulkOperations, maxBulkBytes, lookupBatch, maxAttempts,
                    initialBackoff, nearDuplicateThreshold,
                    preparationThreads > 0 ? preparationThreads : IngestSettings.defaultThreads());
        }
    }

    public IndexerProperties {
        if (ingest == null) {
            // Properties made in code without an ingest section: IngestSettings.DEFAULT's values, not a copy of them.
            IngestSettings d = IngestSettings.DEFAULT;
            ingest = new Ingest(d.maxConcurrentRequests(), d.maxBulkOperations(), d.maxBulkBytes(), d.lookupBatch(),
                    d.maxAttempts(), d.initialBackoff(), d.nearDuplicateThreshold(), 0);
        }
    }

    /** The same settings with another index prefix (the CLI's --index-prefix). */
    public IndexerProperties withIndexPrefix(String prefix) {
        return new IndexerProperties(prefix, shards, autoExpandReplicas, setupOnStart, loadSampleCorpus, ingest);
    }

    SchemaSettings schemaSettings() {
        return new SchemaSettings(shards, autoExpandReplicas);
    }
}
