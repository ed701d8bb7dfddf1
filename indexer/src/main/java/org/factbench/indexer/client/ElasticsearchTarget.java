package org.factbench.indexer.client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.factbench.indexer.local.FactbenchDataDirectory;
import org.factbench.indexer.local.LocalElasticsearch;
import org.factbench.indexer.local.LocalElasticsearchException;
import org.factbench.indexer.local.LocalNodeSettings;
import org.factbench.indexer.local.RunningNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch this process talks to, with its client: the configured external cluster, or a local node
 * started (or attached to) on demand. Used by the Spring wiring and, without Spring, by the CLI and benchmarks:
 *
 * <pre>{@code
 * try (ElasticsearchTarget es = ElasticsearchTarget.open(ElasticsearchConnection.fromSystem())) {
 *     es.awaitReady(Duration.ofMinutes(2));
 *     es.client().indices().create(...);
 * }
 * }</pre>
 *
 * With {@code factbench.elasticsearch.local.restart} (default on) a local node that goes away (it crashed, or the
 * process that started it and that this one attached to has ended) is started again on the same port and data, so
 * the app heals without a restart. {@link #close()} closes the client and stops a local node only if this process
 * started it.
 */
public final class ElasticsearchTarget implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchTarget.class);

    private final ElasticsearchConnection connection;
    private final LocalNodeKeeper keeper;
    private final Rest5Client restClient;
    private final ElasticsearchClient client;

    private ElasticsearchTarget(ElasticsearchConnection connection, LocalNodeKeeper keeper) {
        this.connection = connection;
        this.keeper = keeper;
        this.restClient = ElasticsearchClients.restClient(connection);
        this.client = ElasticsearchClients.client(restClient);
    }

    /** Opens the target with the data directory from {@code factbench.data-dir} / {@code FACTBENCH_DATA_DIR}. */
    public static ElasticsearchTarget open(ElasticsearchConnection connection) {
        return open(connection, FactbenchDataDirectory.resolve());
    }

    /**
     * Connects to the external cluster, or launches the local node (without waiting for it: see
     * {@link #awaitReady(Duration)}).
     *
     * @throws LocalElasticsearchException when the local node cannot be started
     * @throws IllegalStateException       when neither is configured
     */
    public static ElasticsearchTarget open(ElasticsearchConnection connection, Path dataDirectory) {
        return open(connection, localSettings(connection.local(), dataDirectory));
    }

    /**
     * As {@link #open(ElasticsearchConnection, Path)}, with the local node's settings given in full (benchmarks,
     * tests); of {@code connection.local()} only {@code enabled} and {@code restart} count then.
     */
    public static ElasticsearchTarget open(ElasticsearchConnection connection, LocalNodeSettings settings) {
        if (connection.external()) {
            log.info("Using the Elasticsearch cluster at {}", connection.uris());
            return new ElasticsearchTarget(connection, null);
        }
        if (!connection.local().enabled()) {
            throw new IllegalStateException("No Elasticsearch configured: set FACTBENCH_ES_URIS "
                    + "(factbench.elasticsearch.uris) to your cluster, or enable the local node "
                    + "(factbench.elasticsearch.local.enabled=true).");
        }
        RunningNode node = LocalElasticsearch.launch(settings);
        try {
            // An ephemeral port is known only once the node has bound it (and cannot be kept across restarts).
            URI uri = settings.httpPort() == 0 ? node.awaitReady(settings.startTimeout()).uri() : node.uri();
            boolean restart = connection.local().restart() && settings.httpPort() != 0;
            LocalNodeKeeper keeper = new LocalNodeKeeper(settings, node, restart);
            return new ElasticsearchTarget(connection.withUris(List.of(uri)), keeper);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    static LocalNodeSettings localSettings(ElasticsearchConnection.Local local, Path dataDirectory) {
        return LocalNodeSettings.in(dataDirectory)
                .withHttpPort(local.httpPort())
                .withHeap(local.heap())
                .withStartTimeout(local.startTimeout())
                .withMinFreeDiskBytes(local.minFreeDisk().toBytes())
                .withDistributionZip(local.distribution())
                .withJavaHome(local.javaHome());
    }

    /** The effective connection: the external cluster's, or the local node's address. */
    public ElasticsearchConnection connection() {
        return connection;
    }

    /** The client; shared, closed by {@link #close()}. */
    public ElasticsearchClient client() {
        return client;
    }

    /** The low-level HTTP client under {@link #client()}. */
    public Rest5Client restClient() {
        return restClient;
    }

    /** The local node (the current one, after a restart), when no external cluster is configured. */
    public Optional<RunningNode> localNode() {
        return keeper == null ? Optional.empty() : Optional.of(keeper.current());
    }

    /**
     * Waits until Elasticsearch answers with yellow or green cluster health.
     *
     * @return false when it did not within the timeout
     * @throws LocalElasticsearchException when the local node failed to start
     */
    public boolean awaitReady(Duration timeout) {
        if (keeper != null) {
            keeper.current().awaitReady(timeout);
            return true;
        }
        return new ElasticsearchReadiness(this).awaitReady(timeout);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            log.debug("Closing the Elasticsearch client failed", e);
        }
        if (keeper != null) {
            keeper.close();
        }
    }
}
