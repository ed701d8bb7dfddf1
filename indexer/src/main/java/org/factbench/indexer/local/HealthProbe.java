package org.factbench.indexer.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a node for its cluster health over plain HTTP. {@code GET /} answers 405 in this distribution, so
 * readiness is cluster health: yellow or green means every primary shard is active and the node serves reads
 * and writes (a single node can never be green for an index that asks for replicas).
 */
final class HealthProbe {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private HealthProbe() {
    }

    /** The cluster status ("green", "yellow", "red"), or empty when the node does not answer. */
    static Optional<String> status(URI node) {
        return get(node.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .flatMap(body -> {
                    Matcher matcher = STATUS.matcher(body);
                    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
                });
    }

    static boolean isReady(URI node) {
        return status(node).filter(s -> s.equals("green") || s.equals("yellow")).isPresent();
    }

    /** True when the node at {@code node} keeps its data in {@code dataDirectory}: it is the one we started. */
    static boolean servesDataDirectory(URI node, String dataDirectory) {
        return get(node.resolve("/_nodes/_local/settings?filter_path=nodes.*.settings.path.data"))
                .filter(body -> body.contains(dataDirectory))
                .isPresent();
    }

    private static Optional<String> get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
