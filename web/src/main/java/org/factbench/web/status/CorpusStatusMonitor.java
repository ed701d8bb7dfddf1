package org.factbench.web.status;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.web.status.CorpusStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps track of whether Elasticsearch answers: a periodic server-side check plus failures reported by
 * searches, so the banner appears as soon as a search fails and disappears by itself once a check succeeds.
 *
 * <p>While it is down the banner's sentence stays put: probes of a dying or restarting node alternate between
 * "starting", "refused" and the launcher's reason, which used to flip the banner every few seconds. The sentence of
 * an outage is chosen when it begins (the local node is starting or restarting; anything else is unavailable) and
 * may change once, to "unavailable", when a start takes longer than {@link #START_GRACE}; never back until search
 * answers again. Each new cause goes to the server log, and to admins behind the banner's "details".
 */
@Component
@EnableConfigurationProperties(StatusProperties.class)
public class CorpusStatusMonitor implements SmartLifecycle {

    /** Longer than a cold start of the local node seen here (20-31 s; 100 s for a cluster of three). */
    static final Duration START_GRACE = Duration.ofMinutes(3);
    private static final Logger log = LoggerFactory.getLogger(CorpusStatusMonitor.class);

    private final CorpusProbe probe;
    private final StatusProperties properties;
    private final List<Consumer<CorpusStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Instant startedAt;
    private volatile CorpusStatus status;
    private volatile Instant lastFailure = Instant.MIN;
    private volatile boolean localNode;
    private volatile boolean everUp;
    private Instant downSince;
    private volatile ScheduledExecutorService scheduler;

    CorpusStatusMonitor(CorpusProbe probe, StatusProperties properties, Clock clock) {
        this.probe = probe;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
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
        down(localNode, failure.getMessage());
    }

    /** Runs one check now; the periodic check calls this too. */
    public CorpusStatus check() {
        try {
            CorpusProbe.Observation observation = probe.check();
            localNode = observation.localNode();
            if (!observation.up()) {
                down(observation.localNode(), observation.detail());
            } else if (observation.at().isAfter(lastFailure)) {
                // A cached "up" from before the last failed search says nothing about now.
                up();
            }
        } catch (RuntimeException e) {
            log.warn("The corpus status check failed", e);
            down(false, e.toString());
        }
        return status;
    }

    private synchronized void up() {
        everUp = true;
        downSince = null;
        if (!status.available()) {
            log.info("Elasticsearch answers; search is available");
            publish(CorpusStatus.reachable());
        }
    }

    private synchronized void down(boolean local, String detail) {
        Instant now = clock.instant();
        if (downSince == null) {
            downSince = everUp ? now : startedAt;
        }
        State state = stableState(local, now);
        CorpusStatus next = new CorpusStatus(state, detail);
        if (next.equals(status)) {
            return;
        }
        if (state != status.state()) {
            log.warn("Search is {}: {}", state.name().toLowerCase(), next.detail());
        } else {
            log.info("Search is still {}: {}", state.name().toLowerCase(), next.detail());
        }
        publish(next);
    }

    private State stableState(boolean local, Instant now) {
        if (status.state() == State.UNAVAILABLE) {
            return State.UNAVAILABLE;
        }
        if (!status.available()) {
            // Keep this outage's sentence, unless its start has taken too long.
            return Duration.between(downSince, now).compareTo(START_GRACE) > 0 ? State.UNAVAILABLE : status.state();
        }
        if (!local) {
            return State.UNAVAILABLE;
        }
        return everUp ? State.RESTARTING : State.STARTING;
    }

    private void publish(CorpusStatus next) {
        status = next;
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
