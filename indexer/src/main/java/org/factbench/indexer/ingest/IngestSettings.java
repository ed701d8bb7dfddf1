package org.factbench.indexer.ingest;

import java.time.Duration;

/**
 * Tuning of the bulk loading pipeline. Memory stays bounded by roughly
 * {@code (maxConcurrentRequests + 1) * maxBulkBytes} plus four lookup batches of prepared articles, whatever the
 * input size.
 *
 * @param maxConcurrentRequests   bulk requests in flight; when all are busy and the buffer is full, reading waits
 * @param maxBulkOperations       operations per bulk request
 * @param maxBulkBytes            bytes per bulk request
 * @param lookupBatch             articles looked up together (existing versions, near-duplicates)
 * @param maxAttempts             tries per operation on 429 and 5xx before its article is reported failed
 * @param initialBackoff          first retry delay, doubled each time
 * @param nearDuplicateThreshold  estimated shingle Jaccard similarity from which two articles are linked
 * @param preparationThreads      threads that detect languages and segment articles while the loading thread talks to Elasticsearch
 */
public record IngestSettings(int maxConcurrentRequests, int maxBulkOperations, long maxBulkBytes, int lookupBatch,
                             int maxAttempts, Duration initialBackoff, double nearDuplicateThreshold,
                             int preparationThreads) {

    public static final IngestSettings DEFAULT =
            new IngestSettings(3, 2000, 8L * 1024 * 1024, 500, 6, Duration.ofMillis(200), 0.7, defaultThreads());

    /** One per core, at most four: segmentation is CPU work, and Elasticsearch needs cores too. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** With the default number of preparation threads. */
    public IngestSettings(int maxConcurrentRequests, int maxBulkOperations, long maxBulkBytes, int lookupBatch,
                          int maxAttempts, Duration initialBackoff, double nearDuplicateThreshold) {
        this(maxConcurrentRequests, maxBulkOperations, maxBulkBytes, lookupBatch, maxAttempts, initialBackoff,
                nearDuplicateThreshold, defaultThreads());
    }

    public IngestSettings {
        if (maxConcurrentRequests < 1 || maxBulkOperations < 1 || maxBulkBytes < 1024 || lookupBatch < 1
                || maxAttempts < 1 || preparationThreads < 1) {
            throw new IllegalArgumentException("ingest settings must be positive: " + maxConcurrentRequests + ", "
                    + maxBulkOperations + ", " + maxBulkBytes + ", " + lookupBatch + ", " + maxAttempts + ", "
                    + preparationThreads);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            initialBackoff = Duration.ofMillis(200);
        }
        if (nearDuplicateThreshold <= 0 || nearDuplicateThreshold > 1) {
            throw new IllegalArgumentException("nearDuplicateThreshold must be in (0, 1]");
        }
    }
}
