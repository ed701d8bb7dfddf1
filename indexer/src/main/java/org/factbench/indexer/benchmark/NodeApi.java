package org.factbench.indexer.benchmark;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The {@code _nodes} APIs the benchmark reads (statistics, process ids), on the low-level client. */
final class NodeApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeApi() {
    }

    /** The {@code nodes} object of a {@code GET} on {@code path}, one member per node. */
    static JsonNode nodes(Rest5Client rest, String path) throws IOException {
        Response response = rest.performRequest(new Request("GET", path));
        try {
            return JSON.readTree(EntityUtils.toString(response.getEntity())).path("nodes");
        } catch (ParseException e) {
            throw new IOException("unreadable response to " + path + ": " + e.getMessage(), e);
        }
    }
}
