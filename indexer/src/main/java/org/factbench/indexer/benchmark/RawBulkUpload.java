package org.factbench.indexer.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.factbench.indexer.ingest.PointInTimeReader;

/**
 * The baseline: the documents the indexer stored, exported to an NDJSON file beforehand, then sent with plain
 * {@code _bulk} requests on the low-level client, as many in flight as the indexer uses and as big. No parsing,
 * no segmentation, no lookups, no per-item bookkeeping: what Elasticsearch alone costs.
 */
final class RawBulkUpload {

    private RawBulkUpload() {
    }

    /** Writes every document of {@code aliases} as bulk index actions; returns how many. */
    static long export(ElasticsearchClient client, List<String> aliases, Path file) throws IOException {
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String alias : aliases) {
                count += new PointInTimeReader(client, 2000).forEachPage(alias, JsonData.class, page -> {
                    try {
                        for (Hit<JsonData> hit : page) {
                            out.write("{\"index\":{\"_index\":\"" + alias + "\",\"_id\":\"" + hit.id() + "\"}}\n");
                            out.write(hit.source().toJson().toString());
                            out.write('\n');
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
        return count;
    }

    /** Sends the file; returns the wall time until the last response. Fails on any item error. */
    static Duration upload(Rest5Client rest, Path file, int operationsPerRequest, long bytesPerRequest,
                           int concurrentRequests) throws IOException, InterruptedException {
        Semaphore inFlight = new Semaphore(concurrentRequests);
        AtomicReference<String> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder body = new StringBuilder();
            int operations = 0;
            String action;
            while ((action = in.readLine()) != null) {
                String source = in.readLine();
                body.append(action).append('\n').append(source).append('\n');
                operations++;
                if (operations >= operationsPerRequest || body.length() >= bytesPerRequest) {
                    send(rest, body.toString(), inFlight, failure);
                    body.setLength(0);
                    operations = 0;
                }
            }
            if (operations > 0) {
                send(rest, body.toString(), inFlight, failure);
            }
        }
        inFlight.acquire(concurrentRequests);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (failure.get() != null) {
            throw new IOException("raw bulk upload failed: " + failure.get());
        }
        return elapsed;
    }

    private static void send(Rest5Client rest, String body, Semaphore inFlight, AtomicReference<String> failure)
            throws InterruptedException {
        inFlight.acquire();
        Request request = new Request("POST", "/_bulk");
        request.setJsonEntity(body);
        rest.performRequestAsync(request, new ResponseListener() {
            @Override
            public void onSuccess(Response response) {
                try {
                    String text = EntityUtils.toString(response.getEntity());
                    if (text.startsWith("{\"errors\":true") || text.contains("\"errors\":true")) {
                        failure.compareAndSet(null, text.substring(0, Math.min(500, text.length())));
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e.toString());
                } finally {
                    inFlight.release();
                }
            }

            @Override
            public void onFailure(Exception exception) {
                failure.compareAndSet(null, exception.toString());
                inFlight.release();
            }
        });
    }
}
