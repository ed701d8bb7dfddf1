package org.factbench.indexer.store;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.factbench.indexer.client.ElasticsearchReadiness;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.ingest.SampleCorpus;
import org.factbench.indexer.schema.SchemaManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Sets up the indices, and loads the sample corpus into an empty corpus, when the application has started and
 * Elasticsearch is ready. Runs on its own thread and tries again (5 s, doubling up to 2 min) while Elasticsearch
 * is down, so neither a slow local node nor an unreachable cluster holds up or breaks the start.
 */
public class CorpusStoreStartup implements ApplicationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusStoreStartup.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(2);

    private final SchemaManager schema;
    private final SampleCorpus sampleCorpus;
    private final ElasticsearchReadiness readiness;
    private final boolean setup;
    private final boolean loadSample;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread worker;

    public CorpusStoreStartup(SchemaManager schema, SampleCorpus sampleCorpus, ElasticsearchReadiness readiness,
                              boolean setup, boolean loadSample) {
        this.schema = schema;
        this.sampleCorpus = sampleCorpus;
        this.readiness = readiness;
        this.setup = setup;
        this.loadSample = loadSample;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup) {
            done.countDown();
            return;
        }
        Thread thread = new Thread(this::setUpUntilDone, "factbench-corpus-setup");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /** Waits until the indices are set up (and the sample corpus loaded); false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isReady() {
        return done.getCount() == 0;
    }

    @Override
    public void close() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void setUpUntilDone() {
        Duration wait = FIRST_RETRY;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (readiness != null && !readiness.awaitReady(Duration.ofMinutes(2))) {
                    log.info("Elasticsearch is not ready yet ({}); the corpus indices are set up when it is",
                            readiness.status().message());
                    sleep(wait);
                    wait = next(wait);
                    continue;
                }
                schema.ensure();
                if (loadSample) {
                    sampleCorpus.load(ProgressListener.NONE);
                }
                done.countDown();
                return;
            } catch (RuntimeException e) {
                log.warn("Setting up the corpus indices failed, trying again in {} s: {}", wait.toSeconds(),
                        e.getMessage());
                sleep(wait);
                wait = next(wait);
            }
        }
    }

    private static Duration next(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : doubled;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
