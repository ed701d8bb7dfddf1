package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every document of an index in pages, over a point in time so that the view does not move while it is
 * read (the local distribution has no {@code _reindex}; this is how a rebuild copies).
 */
public final class PointInTimeReader {

    private final ElasticsearchClient client;
    private final int pageSize;

    public PointInTimeReader(ElasticsearchClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    public <T> long forEachPage(String index, Class<T> type, Consumer<List<Hit<T>>> page) throws IOException {
        String pit = client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time("5m"))).id();
        long read = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<T> response = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time("5m"))).size(pageSize)
                            .sort(o -> o.field(f -> f.field("_shard_doc")))
                            .trackTotalHits(t -> t.enabled(false))
                            // A copy keeps the claims' vectors: since 9.2 _source leaves dense vectors out by default.
                            .source(src -> src.filter(f -> f.excludeVectors(false)));
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, type);
                List<Hit<T>> hits = response.hits().hits();
                if (hits.isEmpty()) {
                    return read;
                }
                page.accept(hits);
                read += hits.size();
                after = hits.getLast().sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
    }
}
