package org.factbench.indexer.client;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.factbench.indexer.local.LocalElasticsearch;
import org.factbench.indexer.local.LocalElasticsearchException;
import org.factbench.indexer.local.LocalNodeSettings;
import org.factbench.indexer.local.RunningNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the local node of an {@link ElasticsearchTarget}: logs when it is ready (nobody may be waiting for it,
 * the web UI is not) and, when restarting is on, starts it again after it went away. Restarts back off from 5 s
 * to 5 min so a node that cannot start does not burn the machine.
 */
final class LocalNodeKeeper implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalNodeKeeper.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final LocalNodeSettings settings;
    private final ScheduledExecutorService scheduler;
    private volatile RunningNode current;
    private volatile boolean closed;
    private Duration backoff = CHECK_EVERY;
    private long nextAttemptNanos;
    private String lastFailure;

    LocalNodeKeeper(LocalNodeSettings settings, RunningNode node, boolean restart) {
        this.settings = settings;
        this.current = node;
        reportWhenReady(node);
        if (restart) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "factbench-elasticsearch-keeper");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            scheduler = null;
        }
    }

    RunningNode current() {
        return current;
    }

    private void check() {
        RunningNode node = current;
        if (closed || node.isAlive() || System.nanoTime() < nextAttemptNanos) {
            return;
        }
        String reason = node.failure().map(Throwable::getMessage).orElse("it stopped");
        log.warn("The local Elasticsearch node (pid {}) is gone; starting it again. Reason: {}", node.pid(),
                firstLine(reason));
        try {
            RunningNode restarted = LocalElasticsearch.launch(settings);
            synchronized (this) {
                if (closed) {
                    restarted.close();
                    return;
                }
                current = restarted;
            }
            backoff = CHECK_EVERY;
            lastFailure = null;
            reportWhenReady(restarted);
        } catch (LocalElasticsearchException e) {
            if (!e.getMessage().equals(lastFailure)) {
                log.error("Could not start the local Elasticsearch node again: {}", e.getMessage());
                lastFailure = e.getMessage();
            }
            nextAttemptNanos = System.nanoTime() + backoff.toNanos();
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void reportWhenReady(RunningNode node) {
        Thread watcher = new Thread(() -> {
            try {
                node.awaitReady(settings.startTimeout());
            } catch (LocalElasticsearchException e) {
                if (!closed) {
                    log.error("The local Elasticsearch node is not available: {}", e.getMessage());
                }
            } catch (IllegalStateException closedMeanwhile) {
                // shut down before it was ready
            }
        }, "factbench-elasticsearch-readiness");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void close() {
        RunningNode node;
        synchronized (this) {
            closed = true;
            node = current;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        node.close();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
