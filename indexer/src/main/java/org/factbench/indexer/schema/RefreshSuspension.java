package org.factbench.indexer.schema;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Periodic refresh turned off on some indices for a big load; closing restores what each index had before and
 * refreshes. Loads are still atomic per article: nothing becomes searchable before the final refresh, and failed
 * articles are cleaned up before it.
 */
public final class RefreshSuspension implements AutoCloseable {

    private static final Time OFF = Time.of(t -> t.time("-1"));

    private final ElasticsearchClient client;
    /** Each index's own interval; null where it had none (the default, with its "search idle" behaviour). */
    private final Map<String, Time> before;
    private boolean closed;

    private RefreshSuspension(ElasticsearchClient client, Map<String, Time> before) {
        this.client = client;
        this.before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
    }

    static RefreshSuspension suspend(ElasticsearchClient client, List<String> aliases) throws IOException {
        // One request each way: every settings update is a cluster-state change, which costs a busy node time.
        Map<String, Time> before = new LinkedHashMap<>();
        client.indices().getSettings(g -> g.index(aliases)).settings().forEach((index, state) -> {
            IndexSettings s = state.settings();
            before.put(index, s == null ? null : s.index() != null ? s.index().refreshInterval() : s.refreshInterval());
        });
        put(client, new ArrayList<>(before.keySet()), OFF);
        return new RefreshSuspension(client, before);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Map<String, List<String>> indicesByInterval = new LinkedHashMap<>();
            Map<String, Time> intervals = new LinkedHashMap<>();
            before.forEach((index, interval) -> {
                String key = interval == null || interval.time() == null ? "" : interval.time();
                intervals.putIfAbsent(key, interval == null || interval.time() == null ? null : interval);
                indicesByInterval.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
            });
            for (Map.Entry<String, List<String>> entry : indicesByInterval.entrySet()) {
                put(client, entry.getValue(), intervals.get(entry.getKey()));
            }
            client.indices().refresh(r -> r.index(new ArrayList<>(before.keySet())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore the refresh interval of " + before.keySet(), e);
        }
    }

    /** A null interval resets the setting to the default, which the typed field cannot say: JSON null does. */
    private static void put(ElasticsearchClient client, List<String> indices, Time interval) throws IOException {
        client.indices().putSettings(p -> p.index(indices).settings(s -> interval == null
                ? s.otherSettings("refresh_interval", JsonData.of(JsonValue.NULL))
                : s.refreshInterval(interval)));
    }
}
