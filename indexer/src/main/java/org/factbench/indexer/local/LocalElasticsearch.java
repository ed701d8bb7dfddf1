package org.factbench.indexer.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real Elasticsearch node on 127.0.0.1 from the distribution Maven resolved, or attaches to the one a
 * previous start left running on the same node directory.
 *
 * <pre>{@code
 * try (RunningNode node = LocalElasticsearch.start(LocalNodeSettings.defaults())) {
 *     URI uri = node.uri();   // ready: cluster health is yellow or green
 * }
 * }</pre>
 *
 * Root runs the node as {@code nobody}. A node started here is stopped by {@link RunningNode#close()} and by a
 * JVM shutdown hook; if this JVM is killed outright, the kernel stops it (parent-death signal).
 */
public final class LocalElasticsearch {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);

    private LocalElasticsearch() {
    }

    /**
     * Starts (or attaches to) the node and waits until it is ready, at most {@link LocalNodeSettings#startTimeout()}.
     *
     * @throws LocalElasticsearchException with a message that says what to do when it cannot
     */
    public static RunningNode start(LocalNodeSettings settings) {
        RunningNode node = launch(settings);
        try {
            return node.awaitReady(settings.startTimeout());
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /**
     * Checks what can be checked at once (Java, disk, port, data directory), then starts the node in the background
     * and returns without waiting: call {@link RunningNode#awaitReady(Duration)} before using it. The app uses this
     * so its login page does not wait for Elasticsearch.
     *
     * @throws LocalElasticsearchException when a check fails
     */
    public static RunningNode launch(LocalNodeSettings settings) {
        if (settings.attachToRunning()) {
            Optional<RunningNode> running = attach(settings);
            if (running.isPresent()) {
                return running.get();
            }
        }
        ProcessUser user = ProcessUser.current();
        Path javaHome = JavaRuntimes.select(explicitJavaHome(settings), Path.of(System.getProperty("java.home")),
                Path.of("/usr/lib/jvm"));
        Path zip = settings.distributionZip() != null ? settings.distributionZip() : Distribution.locateZip();
        String fix = "Set FACTBENCH_DATA_DIR to a directory outside it, e.g. /var/lib/factbench.";
        user.createDirectories(settings.distributionHome());
        user.createDirectories(settings.nodeDirectory());
        user.requireReachable(settings.distributionHome(), "the Elasticsearch installation in", fix);
        user.requireReachable(settings.nodeDirectory(), "the node directory", fix);
        user.requireReachable(javaHome, "the Java runtime", "Set ES_JAVA_HOME to a JDK outside it.");
        Preflight.requireFreeDisk(settings.nodeDirectory(), settings.minFreeDiskBytes());
        Preflight.requirePortFree(settings.httpPort());
        Preflight.requireDataDirectoryFree(settings.dataDirectory());
        log.info("Local Elasticsearch: node directory {} (Java {}, distribution {})",
                settings.nodeDirectory(), javaHome, zip.getFileName());
        NodeProcess process = new NodeProcess(settings, zip, javaHome, user).startAsync();
        return RunningNode.started(settings, process);
    }

    /** The node a previous start left in this node directory, if it still runs there. */
    static Optional<RunningNode> attach(LocalNodeSettings settings) {
        Optional<NodeState> state = NodeState.read(settings.stateFile());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        NodeState known = state.get();
        boolean alive = ProcessHandle.of(known.pid())
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine()
                        .map(c -> c.contains("path.data=" + settings.dataDirectory()))
                        .orElse(true))
                .isPresent();
        if (!alive) {
            return Optional.empty();
        }
        if (HealthProbe.isReady(known.uri())
                && !HealthProbe.servesDataDirectory(known.uri(), settings.dataDirectory().toString())) {
            return Optional.empty();
        }
        log.info("Attaching to the local Elasticsearch node already running at {} (pid {}, data in {})",
                known.uri(), known.pid(), settings.dataDirectory());
        return Optional.of(RunningNode.attached(settings, known));
    }

    private static Path explicitJavaHome(LocalNodeSettings settings) {
        if (settings.javaHome() != null) {
            return settings.javaHome();
        }
        String fromEnvironment = System.getenv(JavaRuntimes.ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment);
    }
}
