package org.factbench.indexer.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client sends on the wire (a stand-in HTTP server records it): the local test node runs without
 * security, so credentials cannot be checked against it.
 */
class ElasticsearchClientsTest {

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            paths.add(exchange.getRequestURI().getPath());
            byte[] body = """
                    {"cluster_name":"stand-in","status":"green","timed_out":false,"number_of_nodes":1,
                     "number_of_data_nodes":1,"active_primary_shards":0,"active_shards":0,"relocating_shards":0,
                     "initializing_shards":0,"unassigned_shards":0,"unassigned_primary_shards":0,
                     "delayed_unassigned_shards":0,"number_of_pending_tasks":0,"number_of_in_flight_fetch":0,
                     "task_max_waiting_in_queue_millis":0,"active_shards_percent_as_number":100.0}
                    """.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void username_and_password_go_as_basic_auth() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.create(connection("factbench", "s3cret", null, ""))) {
            assertThat(client.cluster().health().status().jsonValue()).isEqualTo("green");
        }

        assertThat(authorizations).containsExactly("Basic ZmFjdGJlbmNoOnMzY3JldA==");
    }

    @Test
    void an_api_key_wins_over_username_and_password() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.create(connection("factbench", "s3cret", "a2V5", ""))) {
            client.cluster().health();
        }

        assertThat(authorizations).containsExactly("ApiKey a2V5");
    }

    @Test
    void no_credentials_send_no_authorization_and_a_path_in_the_uri_becomes_a_prefix() throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.create(connection(null, null, null, "/es"))) {
            client.cluster().health();
        }

        assertThat(authorizations).containsExactly("null");
        assertThat(paths).containsExactly("/es/_cluster/health");
    }

    private ElasticsearchConnection connection(String user, String password, String apiKey, String path) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new ElasticsearchConnection(List.of(uri), user, password, apiKey, null, null, false, null, null, null);
    }
}
