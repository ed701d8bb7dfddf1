package org.factbench.indexer.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.http.TransportHttpClient.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneBufferBodiesTest {

    /** Records what reaches the real HTTP client. */
    static final class Recording implements TransportHttpClient {
        final List<Request> requests = new ArrayList<>();

        @Override
        public Response performRequest(String endpointId, Node node, Request request, TransportOptions options) {
            requests.add(request);
            return null;
        }

        @Override
        public CompletableFuture<Response> performRequestAsync(String endpointId, Node node, Request request,
                                                               TransportOptions options) {
            requests.add(request);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aBodyOfManyBuffersArrivesAsOneWithTheSameBytesInOrder() throws IOException {
        Recording http = new Recording();
        ByteBuffer header = utf8("{\"index\":{\"_id\":\"a\"}}\n");
        ByteBuffer document = utf8("{\"text\":\"Ölpreis stieg um 3 %\"}");
        ByteBuffer newline = utf8("\n");
        Request request = new Request("POST", "/_bulk", Map.of("refresh", "false"), Map.of("X-Test", "1"),
                List.of(header, document, newline));

        new OneBufferBodies(http).performRequest("bulk", null, request, null);
        new OneBufferBodies(http).performRequestAsync("bulk", null, request, null);

        for (Request sent : http.requests) {
            List<ByteBuffer> body = new ArrayList<>();
            sent.body().forEach(body::add);
            assertThat(body).hasSize(1);
            assertThat(StandardCharsets.UTF_8.decode(body.getFirst()).toString())
                    .isEqualTo("{\"index\":{\"_id\":\"a\"}}\n{\"text\":\"Ölpreis stieg um 3 %\"}\n");
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/_bulk");
            assertThat(sent.queryParams()).containsEntry("refresh", "false");
            assertThat(sent.headers()).containsEntry("X-Test", "1");
        }
        // The pieces stay readable: the client may send the original request again after a failure.
        assertThat(header.remaining()).isEqualTo(22);
        assertThat(document.position()).isZero();
    }

    @Test
    void requestsWithoutABodyOrWithOneBufferPassUnchanged() throws IOException {
        Recording http = new Recording();
        Request noBody = new Request("GET", "/_cluster/health", Map.of(), Map.of(), null);
        Request oneBuffer = new Request("PUT", "/x", Map.of(), Map.of(), List.of(utf8("{}")));

        new OneBufferBodies(http).performRequest("health", null, noBody, null);
        new OneBufferBodies(http).performRequest("create", null, oneBuffer, null);

        assertThat(http.requests).containsExactly(noBody, oneBuffer);
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
