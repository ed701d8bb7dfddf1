package org.factbench.indexer.benchmark;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * What the Elasticsearch node(s) spent their time on, summed over all nodes: CPU, indexing, refreshes, merges,
 * searches and gets. The node statistics keep counting over deleted indices, so the difference of two snapshots
 * is what one benchmark run cost the cluster, and comparing runs shows where the indexer's extra cluster work
 * goes (the raw upload does no lookups and no refreshes).
 */
record NodeActivity(long cpuMillis, long indexMillis, long refreshes, long refreshMillis, long merges,
                    long mergeMillis, long queries, long queryMillis, long gets, long getMillis) {

    private static final String STATS = "/_nodes/stats/process,indices?filter_path=nodes.*.process.cpu.total_in_millis,"
            + "nodes.*.indices.indexing.index_time_in_millis,nodes.*.indices.refresh,nodes.*.indices.merges,"
            + "nodes.*.indices.search.query_total,nodes.*.indices.search.query_time_in_millis,nodes.*.indices.get";

    static NodeActivity now(Rest5Client rest) {
        try {
            JsonNode nodes = NodeApi.nodes(rest, STATS);
            NodeActivity total = new NodeActivity(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            for (JsonNode node : nodes) {
                JsonNode indices = node.path("indices");
                total = total.plus(new NodeActivity(
                        node.path("process").path("cpu").path("total_in_millis").asLong(),
                        indices.path("indexing").path("index_time_in_millis").asLong(),
                        indices.path("refresh").path("total").asLong(),
                        indices.path("refresh").path("total_time_in_millis").asLong(),
                        indices.path("merges").path("total").asLong(),
                        indices.path("merges").path("total_time_in_millis").asLong(),
                        indices.path("search").path("query_total").asLong(),
                        indices.path("search").path("query_time_in_millis").asLong(),
                        indices.path("get").path("total").asLong(),
                        indices.path("get").path("time_in_millis").asLong()));
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("node statistics unavailable: " + e.getMessage(), e));
        }
    }

    NodeActivity plus(NodeActivity o) {
        return new NodeActivity(cpuMillis + o.cpuMillis, indexMillis + o.indexMillis, refreshes + o.refreshes,
                refreshMillis + o.refreshMillis, merges + o.merges, mergeMillis + o.mergeMillis, queries + o.queries,
                queryMillis + o.queryMillis, gets + o.gets, getMillis + o.getMillis);
    }

    NodeActivity since(NodeActivity before) {
        return new NodeActivity(cpuMillis - before.cpuMillis, indexMillis - before.indexMillis,
                refreshes - before.refreshes, refreshMillis - before.refreshMillis, merges - before.merges,
                mergeMillis - before.mergeMillis, queries - before.queries, queryMillis - before.queryMillis,
                gets - before.gets, getMillis - before.getMillis);
    }

    /** One line for the report; times are summed over threads, so they can exceed the wall time. */
    String describe() {
        return String.format(Locale.ROOT, "indexing %.1f s, %,d refreshes %.1f s, %,d merges %.1f s, %,d searches %.1f s, "
                        + "%,d gets %.1f s", indexMillis / 1e3, refreshes, refreshMillis / 1e3, merges, mergeMillis / 1e3,
                queries, queryMillis / 1e3, gets, getMillis / 1e3);
    }
}
