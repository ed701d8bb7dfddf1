package org.factbench.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.factbench.indexer.client.ElasticsearchClients;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.local.LocalElasticsearch;
import org.factbench.indexer.local.LocalNodeSettings;
import org.factbench.indexer.local.RunningNode;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Elasticsearch that tests use: one real node per test JVM, started on first use on a free port with a
 * fresh data directory that is deleted when the JVM exits. With {@code FACTBENCH_TEST_ES_URIS} set, that cluster
 * is used instead (credentials and TLS from the usual {@code FACTBENCH_ES_*} variables).
 *
 * <pre>{@code
 * ElasticsearchClient client = TestElasticsearch.client();
 *
 * @DynamicPropertySource
 * static void elasticsearch(DynamicPropertyRegistry registry) {
 *     TestElasticsearch.register(registry);
 * }
 * }</pre>
 *
 * Tests share the node: create uniquely named indices (see {@link #uniqueName(String)}) instead of wiping it.
 */
public final class TestElasticsearch {

    /** Environment variable naming an existing cluster for the tests (comma-separated URIs). */
    public static final String EXTERNAL_URIS = "FACTBENCH_TEST_ES_URIS";

    private static volatile Instance instance;

    private TestElasticsearch() {
    }

    /** The node's HTTP address; starts the node on first call. */
    public static URI uri() {
        return instance().connection().uris().getFirst();
    }

    /** Connection settings for the test node (or the external test cluster). */
    public static ElasticsearchConnection connection() {
        return instance().connection();
    }

    /** A client shared by all tests in this JVM; do not close it. */
    public static ElasticsearchClient client() {
        return instance().client();
    }

    /** Spring properties that point an application context at the test node. */
    public static Map<String, String> properties() {
        return Map.of("factbench.elasticsearch.uris", uri().toString(),
                "factbench.elasticsearch.local.enabled", "false");
    }

    /** For {@code @DynamicPropertySource}: points the context at the test node (started lazily). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("factbench.elasticsearch.uris", () -> uri().toString());
        registry.add("factbench.elasticsearch.local.enabled", () -> "false");
    }

    /** An index or alias name no other test (or test run against a shared cluster) uses. */
    public static String uniqueName(String prefix) {
        return prefix.toLowerCase(java.util.Locale.ROOT) + "-" + Long.toHexString(System.nanoTime())
                + Integer.toHexString((int) ProcessHandle.current().pid());
    }

    private static Instance instance() {
        Instance current = instance;
        if (current == null) {
            synchronized (TestElasticsearch.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    private static Instance start() {
        String external = System.getenv(EXTERNAL_URIS);
        if (external != null && !external.isBlank()) {
            List<URI> uris = Arrays.stream(external.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(URI::create).toList();
            ElasticsearchConnection connection = ElasticsearchConnection.fromSystem().withUris(uris);
            ElasticsearchClient client = ElasticsearchClients.create(connection);
            return new Instance(connection, client, null, null);
        }
        Path directory = createNodeDirectory();
        RunningNode node = LocalElasticsearch.start(LocalNodeSettings.forTests(directory));
        ElasticsearchConnection connection = ElasticsearchConnection.to(List.of(node.uri()));
        ElasticsearchClient client = ElasticsearchClients.create(connection);
        Instance started = new Instance(connection, client, node, directory);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-elasticsearch-cleanup"));
        return started;
    }

    private static Path createNodeDirectory() {
        try {
            return Files.createTempDirectory("factbench-test-es-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Instance(ElasticsearchConnection connection, ElasticsearchClient client, RunningNode node,
                            Path directory) {

        void stop() {
            try {
                client.close();
            } catch (IOException ignored) {
                // the node goes away next anyway
            }
            if (node != null) {
                node.close();
            }
            if (directory != null) {
                TestDirectories.deleteQuietly(directory);
            }
        }
    }
}
