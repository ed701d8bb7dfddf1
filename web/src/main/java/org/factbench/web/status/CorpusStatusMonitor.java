package org.factbench.web.status;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps track of whether Elasticsearch answers: a periodic server-side check plus failures reported by
 * searches, so the banner appears as soon as a search fails and disappears by itself once a check succeeds.
 */
@Component
@EnableConfigurationProperties(StatusProperties.class)
public class CorpusStatusMonitor implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CorpusStatusMonitor.class);

    private final CorpusProbe probe;
    private final StatusProperties properties;
    private final List<Consumer<CorpusStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile CorpusStatus status;
    private volatile Instant lastFailure = Instant.MIN;
    private volatile ScheduledExecutorService scheduler;

    CorpusStatusMonitor(CorpusProbe probe, StatusProperties properties, Clock clock) {
        this.probe = probe;
        this.properties = properties;
        this.clock = clock;
        // Optimistic until the first check: no banner flashes while the first check runs.
        this.status = CorpusStatus.reachable();
    }

    public CorpusStatus current() {
        return status;
    }

    /** Calls {@code listener} on every change, from a background thread. */
    public Registration subscribe(Consumer<CorpusStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A search or read just failed: show the banner now instead of at the next periodic check. */
    public void reportUnavailable(CorpusUnavailableException failure) {
        lastFailure = clock.instant();
        update(CorpusStatus.unreachable(probe.location(), failure.getMessage()));
    }

    /** Runs one check now; the periodic check calls this too. */
    public CorpusStatus check() {
        try {
            CorpusProbe.Observation observation = probe.check();
            // A cached "up" from before the last failed search says nothing about now.
            if (!observation.status().available() || observation.at().isAfter(lastFailure)) {
                update(observation.status());
            }
        } catch (RuntimeException e) {
            update(CorpusStatus.unreachable("(unknown address)", e.toString()));
        }
        return status;
    }

    private synchronized void update(CorpusStatus next) {
        CorpusStatus previous = status;
        status = next;
        if (previous.equals(next)) {
            return;
        }
        if (next.available()) {
            log.info("Elasticsearch answers; search is available");
        } else {
            log.warn("{}{}", next.message(), next.detail().isEmpty() ? "" : " " + next.detail());
        }
        listeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("corpus-status").factory());
        scheduler.scheduleWithFixedDelay(this::check, 0, properties.checkInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
