package org.factbench.indexer.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the local node. Start from {@link #defaults()} (the app's node) or {@link #forTests(Path)} and
 * adjust with the {@code with...} methods.
 *
 * @param distributionZip  the Elasticsearch zip; {@code null} means the one the build recorded (or
 *                         {@code FACTBENCH_ES_DISTRIBUTION})
 * @param distributionHome where distributions are unpacked, once per version (shared by all nodes)
 * @param nodeDirectory    this node's own directory: {@code config/}, {@code data/}, {@code logs/}, {@code tmp/}
 *                         and {@code node.properties} (pid and port of the running node)
 * @param httpPort         HTTP port on 127.0.0.1; 0 picks a free one (tests)
 * @param heap             JVM heap of the node, e.g. {@code 512m}
 * @param fastStartup      trade peak speed for start-up time (C1 only); for tests
 * @param startTimeout     how long {@link RunningNode#awaitReady(Duration)} waits in {@link LocalElasticsearch#start}
 * @param minFreeDiskBytes refuse to start below this much free space where the data lives
 * @param javaHome         JDK 21+ for Elasticsearch; {@code null} means {@code ES_JAVA_HOME}, else the running JVM,
 *                         else the newest under /usr/lib/jvm
 * @param attachToRunning  reuse a node this data directory's {@code node.properties} names when it is alive and healthy
 * @param clusterName      the cluster name
 */
public record LocalNodeSettings(
        Path distributionZip,
        Path distributionHome,
        Path nodeDirectory,
        int httpPort,
        String heap,
        boolean fastStartup,
        Duration startTimeout,
        long minFreeDiskBytes,
        Path javaHome,
        boolean attachToRunning,
        String clusterName) {

    public static final int DEFAULT_HTTP_PORT = 9200;
    public static final long DEFAULT_MIN_FREE_DISK_BYTES = 1L << 30;

    public LocalNodeSettings {
        Objects.requireNonNull(distributionHome, "distributionHome");
        Objects.requireNonNull(nodeDirectory, "nodeDirectory");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0..65535, was " + httpPort);
        }
        if (heap == null || !heap.matches("\\d+[kKmMgG]")) {
            throw new IllegalArgumentException("heap must look like 512m or 1g, was " + heap);
        }
        distributionHome = distributionHome.toAbsolutePath().normalize();
        nodeDirectory = nodeDirectory.toAbsolutePath().normalize();
        clusterName = clusterName == null || clusterName.isBlank() ? "factbench-local" : clusterName;
    }

    /**
     * The app's node: data in {@code <data-dir>/elasticsearch/node}, HTTP on 9200, 512 MB heap, 3 minutes to start,
     * 1 GiB free disk required.
     */
    public static LocalNodeSettings defaults() {
        return in(FactbenchDataDirectory.resolve());
    }

    /** As {@link #defaults()} but under the given data directory. */
    public static LocalNodeSettings in(Path dataDirectory) {
        Path elasticsearch = dataDirectory.resolve("elasticsearch");
        return new LocalNodeSettings(null, elasticsearch.resolve("distribution"), elasticsearch.resolve("node"),
                DEFAULT_HTTP_PORT, "512m", false, Duration.ofMinutes(3), DEFAULT_MIN_FREE_DISK_BYTES,
                null, true, "factbench-local");
    }

    /**
     * A throw-away test node in {@code nodeDirectory}: any free port, fast start-up, no attaching. The distribution is
     * unpacked under the default data directory so all test JVMs share one copy.
     */
    public static LocalNodeSettings forTests(Path nodeDirectory) {
        // A generous timeout: on a shared 2-core machine under a parallel build a start has taken 70 s.
        return defaults().withNodeDirectory(nodeDirectory).withHttpPort(0).withFastStartup(true)
                .withStartTimeout(Duration.ofMinutes(5)).withAttachToRunning(false).withClusterName("factbench-test");
    }

    public LocalNodeSettings withDistributionZip(Path zip) {
        return new LocalNodeSettings(zip, distributionHome, nodeDirectory, httpPort, heap, fastStartup, startTimeout,
                minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withDistributionHome(Path home) {
        return new LocalNodeSettings(distributionZip, home, nodeDirectory, httpPort, heap, fastStartup, startTimeout,
                minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withNodeDirectory(Path directory) {
        return new LocalNodeSettings(distributionZip, distributionHome, directory, httpPort, heap, fastStartup,
                startTimeout, minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withHttpPort(int port) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, port, heap, fastStartup,
                startTimeout, minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withHeap(String size) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, size, fastStartup,
                startTimeout, minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withFastStartup(boolean fast) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fast,
                startTimeout, minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withStartTimeout(Duration timeout) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fastStartup,
                timeout, minFreeDiskBytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withMinFreeDiskBytes(long bytes) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fastStartup,
                startTimeout, bytes, javaHome, attachToRunning, clusterName);
    }

    public LocalNodeSettings withJavaHome(Path home) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fastStartup,
                startTimeout, minFreeDiskBytes, home, attachToRunning, clusterName);
    }

    public LocalNodeSettings withAttachToRunning(boolean attach) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fastStartup,
                startTimeout, minFreeDiskBytes, javaHome, attach, clusterName);
    }

    public LocalNodeSettings withClusterName(String name) {
        return new LocalNodeSettings(distributionZip, distributionHome, nodeDirectory, httpPort, heap, fastStartup,
                startTimeout, minFreeDiskBytes, javaHome, attachToRunning, name);
    }

    Path configDirectory() {
        return nodeDirectory.resolve("config");
    }

    Path dataDirectory() {
        return nodeDirectory.resolve("data");
    }

    Path logsDirectory() {
        return nodeDirectory.resolve("logs");
    }

    Path tmpDirectory() {
        return nodeDirectory.resolve("tmp");
    }

    Path stateFile() {
        return nodeDirectory.resolve("node.properties");
    }

    Path consoleLog() {
        return logsDirectory().resolve("console.log");
    }
}
