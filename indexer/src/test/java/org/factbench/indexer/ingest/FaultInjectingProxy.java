package org.factbench.indexer.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of the real test node that answers the first {@code failures} bulk requests itself with
 * {@code status} (e.g. 429 "rejected execution" or 503), the way a busy cluster does, and forwards everything
 * else unchanged.
 */
final class FaultInjectingProxy implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI target;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger injected = new AtomicInteger();
    private final java.util.List<String> bulkQueries = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int status;

    FaultInjectingProxy(URI target, int failures, int status) throws IOException {
        this.target = target;
        this.failuresLeft = new AtomicInteger(failures);
        this.status = status;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int injected() {
        return injected.get();
    }

    /** The query strings of the bulk requests that came through, decoded. */
    java.util.List<String> bulkQueries() {
        return java.util.List.copyOf(bulkQueries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
        if (bulk) {
            bulkQueries.add(String.valueOf(exchange.getRequestURI().getQuery()));
        }
        if (bulk && failuresLeft.getAndDecrement() > 0) {
            injected.incrementAndGet();
            String type = status == 429 ? "es_rejected_execution_exception" : "unavailable_shards_exception";
            reply(exchange, status, ("{\"error\":{\"root_cause\":[{\"type\":\"" + type + "\",\"reason\":\"injected\"}],"
                    + "\"type\":\"" + type + "\",\"reason\":\"injected by the test proxy\"},\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Content-Type", "Accept"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            reply(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 502, new byte[0]);
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
