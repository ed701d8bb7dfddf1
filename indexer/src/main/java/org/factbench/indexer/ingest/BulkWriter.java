package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BulkIngester} with every item's result checked and handed to the {@link Unit} that owns the operation.
 * The ingester gives bounded memory and backpressure ({@link #add} blocks while the buffer is full and all
 * requests are in flight); this class adds retries with exponential backoff for items and whole requests that
 * failed with 429 or 5xx or never reached the cluster. Retries are re-added by the owner's thread (in
 * {@link #add} and {@link #pump}), never from the listener, so a full buffer cannot block the listener.
 */
final class BulkWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    /** Receives the final result of each of its operations, on a listener thread. */
    interface Unit {
        void succeeded(BulkOperation operation, BulkResponseItem item);

        void failed(BulkOperation operation, String reason);
    }

    record Op(BulkOperation operation, Unit unit, int attempt) {
    }

    private record Retry(Op op, long dueNanos) implements Comparable<Retry> {
        @Override
        public int compareTo(Retry other) {
            return Long.compare(dueNanos, other.dueNanos);
        }
    }

    /**
     * What the bulk response needs to say per item for this class and its units: status, id and error (and the
     * fields the client requires). Leaving out version, result, shards and sequence numbers halves the response
     * Elasticsearch writes and the client parses, ~400,000 items per big load.
     */
    static final String RESULT_FIELDS = "took,errors,items.*._index,items.*._id,items.*.status,items.*.error";

    private final BulkIngester<Op> ingester;
    private final IngestSettings settings;
    private final PriorityBlockingQueue<Retry> retries = new PriorityBlockingQueue<>();
    private final AtomicLong outstanding = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private long blockedNanos;
    private final Object signal = new Object();

    /** A writer for aliases only: an operation on a name that is not an alias fails instead of creating an index. */
    BulkWriter(ElasticsearchClient client, IngestSettings settings) {
        this(client, settings, true);
    }

    BulkWriter(ElasticsearchClient client, IngestSettings settings, boolean requireAlias) {
        this.settings = settings;
        this.ingester = BulkIngester.of(b -> b
                .client(client.withTransportOptions(options -> options.setParameter("filter_path", RESULT_FIELDS)))
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .maxOperations(settings.maxBulkOperations())
                .maxSize(settings.maxBulkBytes())
                .flushInterval(1, TimeUnit.SECONDS)
                .globalSettings(g -> g.requireAlias(requireAlias))
                .listener(new Listener()));
    }

    /** Queues one operation; blocks while the ingester's buffer is full (backpressure). */
    void add(BulkOperation operation, Unit unit) {
        outstanding.incrementAndGet();
        requeueDueRetries();
        long start = System.nanoTime();
        ingester.add(operation, new Op(operation, unit, 1));
        blockedNanos += System.nanoTime() - start;
    }

    /** How long {@link #add} blocked (buffer full, all requests in flight), including serializing the documents. */
    java.time.Duration blocked() {
        return java.time.Duration.ofNanos(blockedNanos);
    }

    /** Sends what is buffered, re-queues due retries and waits up to {@code millis} for a result to arrive. */
    void pump(long millis) {
        requeueDueRetries();
        ingester.flush();
        synchronized (signal) {
            if (outstanding.get() > 0) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
                }
            }
        }
    }

    /** Operations added whose final result has not arrived yet. */
    long outstanding() {
        return outstanding.get();
    }

    long retried() {
        return retried.get();
    }

    @Override
    public void close() {
        while (outstanding.get() > 0) {
            pump(50);
        }
        ingester.close();
    }

    private void requeueDueRetries() {
        long now = System.nanoTime();
        Retry due;
        while ((due = retries.peek()) != null && due.dueNanos() <= now) {
            if (retries.remove(due)) {
                ingester.add(due.op().operation(), due.op());
            }
        }
    }

    private void retryOrFail(Op op, boolean retryable, String reason) {
        if (retryable && op.attempt() < settings.maxAttempts()) {
            long delay = settings.initialBackoff().toNanos() << Math.min(op.attempt() - 1, 10);
            retried.incrementAndGet();
            retries.add(new Retry(new Op(op.operation(), op.unit(), op.attempt() + 1), System.nanoTime() + delay));
            log.debug("Retrying {} in {} ms: {}", op.operation()._kind(), delay / 1_000_000, reason);
            return;
        }
        try {
            op.unit().failed(op.operation(), op.attempt() > 1 ? reason + " (after " + op.attempt() + " attempts)" : reason);
        } finally {
            outstanding.decrementAndGet();
        }
    }

    private void succeeded(Op op, BulkResponseItem item) {
        try {
            op.unit().succeeded(op.operation(), item);
        } finally {
            outstanding.decrementAndGet();
        }
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    static boolean retryable(Throwable failure) {
        if (failure instanceof ElasticsearchException e) {
            return retryableStatus(e.status());
        }
        if (failure instanceof TransportException e) {
            return e.statusCode() <= 0 || retryableStatus(e.statusCode());
        }
        return failure instanceof IOException || failure.getCause() instanceof IOException;
    }

    static String describe(ErrorCause error) {
        StringBuilder reason = new StringBuilder(error.type() == null ? "error" : error.type());
        if (error.reason() != null) {
            reason.append(": ").append(error.reason());
        }
        ErrorCause cause = error.causedBy();
        if (cause != null && cause.reason() != null) {
            reason.append(" (").append(cause.reason()).append(')');
        }
        return reason.toString();
    }

    private final class Listener implements BulkListener<Op> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Op> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, BulkResponse response) {
            try {
                List<BulkResponseItem> items = response.items();
                for (int i = 0; i < contexts.size(); i++) {
                    Op op = contexts.get(i);
                    BulkResponseItem item = i < items.size() ? items.get(i) : null;
                    if (item == null) {
                        retryOrFail(op, true, "Elasticsearch returned no result for this operation");
                    } else if (item.error() == null) {
                        succeeded(op, item);
                    } else {
                        retryOrFail(op, retryableStatus(item.status()), describe(item.error()));
                    }
                }
            } finally {
                wake();
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Op> contexts, Throwable failure) {
            try {
                boolean retryable = retryable(failure);
                String reason = failure instanceof ElasticsearchException e
                        ? "Elasticsearch refused the bulk request (HTTP " + e.status() + "): " + e.getMessage()
                        : "the bulk request failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
                for (Op op : contexts) {
                    retryOrFail(op, retryable, reason);
                }
            } finally {
                wake();
            }
        }
    }
}
