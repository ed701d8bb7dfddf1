package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes that follow a write: passages of a version that failed, passages of a version that was replaced.
 * Search never shows these either way (their version is not the current one), so a delete that fails is
 * counted and logged, not retried forever.
 */
final class Cleanup implements BulkWriter.Unit {

    private static final Logger log = LoggerFactory.getLogger(Cleanup.class);

    private final AtomicLong failed = new AtomicLong();

    void delete(BulkWriter writer, String index, List<String> ids) {
        for (String id : ids) {
            writer.add(BulkOperation.of(b -> b.delete(d -> d.index(index).id(id))), this);
        }
    }

    long failed() {
        return failed.get();
    }

    @Override
    public void succeeded(BulkOperation operation, BulkResponseItem item) {
    }

    @Override
    public void failed(BulkOperation operation, String reason) {
        failed.incrementAndGet();
        log.warn("Could not delete {} (it is not shown by search): {}", operation.delete().id(), reason);
    }
}
