package org.factbench.indexer.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.factbench.indexer.local.LocalElasticsearchException.Problem.PROCESS_EXITED;
import static org.factbench.indexer.local.LocalElasticsearchException.Problem.TIMEOUT;

/**
 * A local Elasticsearch node: one this process started ({@link #startedHere()}), or one started earlier on the
 * same node directory that this process attached to. {@link #close()} stops only a node started here.
 */
public final class RunningNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningNode.class);

    private final LocalNodeSettings settings;
    private final NodeProcess process;
    private final long attachedPid;
    private volatile URI uri;
    private Thread shutdownHook;
    private volatile boolean closed;
    private final AtomicBoolean ready = new AtomicBoolean();

    private RunningNode(LocalNodeSettings settings, NodeProcess process, long attachedPid, URI uri) {
        this.settings = settings;
        this.process = process;
        this.attachedPid = attachedPid;
        this.uri = uri;
    }

    static RunningNode started(LocalNodeSettings settings, NodeProcess process) {
        URI known = settings.httpPort() == 0 ? null : uriFor(settings.httpPort());
        RunningNode node = new RunningNode(settings, process, -1, known);
        node.shutdownHook = new Thread(node::close, "factbench-elasticsearch-shutdown");
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        return node;
    }

    static RunningNode attached(LocalNodeSettings settings, NodeState state) {
        return new RunningNode(settings, null, state.pid(), state.uri());
    }

    static URI uriFor(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * The node's HTTP address. Known at once for a fixed port; for port 0 only after {@link #awaitReady(Duration)}.
     *
     * @throws IllegalStateException when the port is not known yet
     */
    public URI uri() {
        URI known = uri;
        if (known == null) {
            throw new IllegalStateException("The node has not bound its HTTP port yet; call awaitReady first");
        }
        return known;
    }

    /** The Elasticsearch process id (the launcher process that owns the server JVM); -1 while it is still spawning. */
    public long pid() {
        if (process == null) {
            return attachedPid;
        }
        Process spawned = process.spawned().getNow(null);
        return spawned == null ? -1 : spawned.pid();
    }

    /** True when this process started the node (and so stops it on {@link #close()}). */
    public boolean startedHere() {
        return process != null;
    }

    public Path nodeDirectory() {
        return settings.nodeDirectory();
    }

    /** True while the node's process exists (it may still be starting). */
    public boolean isAlive() {
        if (closed) {
            return false;
        }
        return isAliveProcess();
    }

    private boolean isAliveProcess() {
        if (process == null) {
            return ProcessHandle.of(attachedPid).map(ProcessHandle::isAlive).orElse(false);
        }
        return !process.exited().isDone();
    }

    /** One quick health probe: true when the node answers with yellow or green cluster health. */
    public boolean isReady() {
        URI known = uri != null ? uri : readPortsFile().orElse(null);
        return known != null && !closed && HealthProbe.isReady(known);
    }

    /**
     * Why the node stopped, when it died on its own (the same message {@link #awaitReady} would throw); empty
     * while it runs or after {@link #close()}.
     */
    public Optional<LocalElasticsearchException> failure() {
        if (closed || isAlive()) {
            return Optional.empty();
        }
        return Optional.of(exitFailure());
    }

    /**
     * Waits until the node answers with yellow or green cluster health.
     *
     * @throws LocalElasticsearchException if the process exits first (with the cause read from its log) or the
     *                                     timeout passes
     */
    public RunningNode awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (closed) {
                throw new IllegalStateException("The node was closed");
            }
            if (!isAlive()) {
                throw exitFailure();
            }
            if (uri == null) {
                readPortsFile().ifPresent(found -> uri = found);
            }
            if (uri != null && HealthProbe.isReady(uri)) {
                if (ready.compareAndSet(false, true)) {
                    if (settings.httpPort() == 0) {
                        publishState();
                    }
                    log.info("Local Elasticsearch ready at {} (data in {})", uri, settings.dataDirectory());
                }
                return this;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LocalElasticsearchException(TIMEOUT,
                        "The local Elasticsearch node did not become ready within " + timeout.toSeconds() + " s"
                                + (uri == null ? "" : " at " + uri) + ". Its log is in " + settings.logsDirectory()
                                + "; on a slow machine raise factbench.elasticsearch.local.start-timeout."
                                + logTail());
            }
            sleep();
        }
    }

    /** True once {@link #awaitReady(Duration)} has seen the node ready (it may have stopped since). */
    public boolean wasReady() {
        return ready.get();
    }

    /** Stops the node if this process started it (SIGTERM, about two seconds); an attached node keeps running. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process == null) {
            if (isAliveProcess()) {
                log.info("Leaving the local Elasticsearch node at {} running: this process did not start it", uri);
            }
            return;
        }
        long pid = pid();
        boolean stopped = process.stop(30);
        removeShutdownHook();
        if (pid > 0) {
            NodeState.delete(settings.stateFile(), pid);
        }
        if (stopped) {
            log.info("Stopped the local Elasticsearch node (pid {})", pid);
        }
    }

    private LocalElasticsearchException exitFailure() {
        if (process == null) {
            return new LocalElasticsearchException(PROCESS_EXITED,
                    "The local Elasticsearch node (pid " + attachedPid + ") that this process attached to has stopped: "
                            + "the process that started it has ended, or it crashed. Factbench starts it again "
                            + "(factbench.elasticsearch.local.restart, on by default); otherwise start Factbench again."
                            + logTail());
        }
        try {
            process.spawned().get(0, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LocalElasticsearchException launcherFailure) {
                return launcherFailure;
            }
            return new LocalElasticsearchException(LocalElasticsearchException.Problem.OTHER,
                    "Could not start the local Elasticsearch node in " + settings.nodeDirectory() + ": "
                            + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException | CancellationException e) {
            // fall through to the process's own exit
        }
        return StartFailures.diagnose(settings, logText(), process.exited().getNow(null), wasReady());
    }

    private void removeShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to; close() is idempotent
            }
        }
    }

    private Optional<URI> readPortsFile() {
        Path ports = settings.logsDirectory().resolve("http.ports");
        try {
            if (!Files.isRegularFile(ports)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(ports);
            return lines.stream().filter(line -> line.startsWith("127.0.0.1:")).findFirst()
                    .map(line -> URI.create("http://" + line.trim()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String logText() {
        try {
            return Files.readString(settings.consoleLog());
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private String logTail() {
        return StartFailures.tail(settings, logText());
    }

    void publishState() {
        if (process != null && uri != null && pid() > 0) {
            new NodeState(pid(), uri, Instant.now()).write(settings.stateFile());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalElasticsearchException(TIMEOUT, "Interrupted while waiting for Elasticsearch");
        }
    }
}
