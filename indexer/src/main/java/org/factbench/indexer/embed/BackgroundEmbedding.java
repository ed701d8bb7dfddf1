package org.factbench.indexer.embed;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.factbench.core.suggestion.EmbeddingProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embed stage inside the application: once the corpus is set up ({@code ready}), a daemon thread runs a pass,
 * then looks again every {@code interval} for passages loaded since (uploads, a CLI load beside the app). A pass
 * that fails (Elasticsearch away) is retried at the next look; a restart resumes, since a pass only reads what has
 * no vector yet. {@link #progress()} is what the workspace shows.
 */
public final class BackgroundEmbedding implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedding.class);
    private static final Duration COUNT_CACHE = Duration.ofSeconds(2);

    private final EmbeddingStage stage;
    private final BooleanSupplier ready;
    private final Duration interval;
    private volatile Thread worker;
    private volatile boolean running;
    private volatile double perSecond;
    private volatile EmbeddingProgress cached = EmbeddingProgress.UNKNOWN;
    private volatile long cachedAt;

    public BackgroundEmbedding(EmbeddingStage stage, BooleanSupplier ready, Duration interval) {
        this.stage = stage;
        this.ready = ready;
        this.interval = interval;
    }

    public synchronized void start() {
        if (worker != null) {
            return;
        }
        Thread thread = new Thread(this::loop, "factbench-embedding");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        worker = thread;
        thread.start();
    }

    /** Embedded and total paragraphs (counted in Elasticsearch, at most 2 s old), and the current pass's speed. */
    public EmbeddingProgress progress() {
        long now = System.nanoTime();
        EmbeddingProgress last = cached;
        if (now - cachedAt > COUNT_CACHE.toNanos() || last.running() != running) {
            long total = stage.total();
            long pending = stage.pending();
            last = new EmbeddingProgress(total - pending, total, perSecond, running, stage.embedder().model());
            cached = last;
            cachedAt = now;
        }
        return last;
    }

    @Override
    public void close() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void loop() {
        Thread self = Thread.currentThread();
        while (!self.isInterrupted()) {
            try {
                if (ready.getAsBoolean() && stage.pending() > 0) {
                    running = true;
                    EmbeddingSummary summary = stage.run(new EmbeddingListener() {
                        @Override
                        public void progress(long done, long pending, double speed) {
                            perSecond = speed;
                        }
                    }, self::isInterrupted);
                    log.info("Embedded {} passages in {} s ({} per second){}", summary.embedded(),
                            summary.took().toSeconds(), Math.round(summary.perSecond()),
                            summary.stopped() ? "; stopped, resumes at the next start" : "");
                }
            } catch (RuntimeException e) {
                log.warn("Embedding passages failed, trying again in {} s: {}", interval.toSeconds(), e.getMessage());
            } finally {
                running = false;
            }
            try {
                Thread.sleep(ready.getAsBoolean() ? interval.toMillis() : 1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
