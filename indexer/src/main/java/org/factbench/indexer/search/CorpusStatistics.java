package org.factbench.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.schema.SchemaManager;

/** What the corpus holds: documents and size per index, languages, outlets, duplicates, analyzers. */
public class CorpusStatistics {

    /** One alias and the index behind it. */
    public record IndexInfo(Kind kind, String alias, String index, long documents, long sizeBytes) {
    }

    /**
     * @param languages  articles per language (current versions), most first
     * @param outlets    articles per outlet, the ten biggest
     * @param duplicates current articles linked as near-duplicates of another
     * @param analyzers  language to the analysis the live passage index uses
     */
    public record Stats(List<IndexInfo> indices, Map<String, Long> languages, Map<String, Long> outlets,
                        long duplicates, Map<String, Object> analyzers) {

        public long documents(Kind kind) {
            return indices.stream().filter(i -> i.kind() == kind).mapToLong(IndexInfo::documents).sum();
        }
    }

    private final ElasticsearchClient client;
    private final SchemaManager schema;

    public CorpusStatistics(ElasticsearchClient client, SchemaManager schema) {
        this.client = client;
        this.schema = schema;
    }

    public Stats read() {
        try {
            List<IndexInfo> indices = new ArrayList<>();
            for (Map.Entry<Kind, String> live : schema.liveIndices().entrySet()) {
                String index = live.getValue();
                long documents = client.count(c -> c.index(index)).count();
                var stats = client.indices().stats(s -> s.index(index).metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Store)).indices().get(index);
                long size = stats == null || stats.total() == null || stats.total().store() == null ? 0
                        : stats.total().store().sizeInBytes();
                indices.add(new IndexInfo(live.getKey(), schema.names().alias(live.getKey()), index, documents, size));
            }
            String articles = schema.names().articles();
            SearchResponse<Void> response = client.search(s -> s.index(articles).size(0)
                    .aggregations("languages", a -> a.terms(t -> t.field("language").size(20).missing("unknown")))
                    .aggregations("outlets", a -> a.terms(t -> t.field("outlet").size(10).missing("unknown")))
                    .aggregations("duplicates", a -> a.filter(f -> f.exists(e -> e.field("duplicateOf")))), Void.class);
            long duplicates = response.aggregations().get("duplicates").filter().docCount();
            Map<String, Object> meta = schema.liveMeta(Kind.PASSAGES);
            @SuppressWarnings("unchecked")
            Map<String, Object> analyzers = meta.get("analyzers") instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : Map.of();
            return new Stats(indices, terms(response, "languages"), terms(response, "outlets"), duplicates, analyzers);
        } catch (IOException | ElasticsearchException e) {
            throw new CorpusUnavailableException("Could not read the corpus statistics: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> terms(SearchResponse<Void> response, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : response.aggregations().get(name).sterms().buckets().array()) {
            counts.put(bucket.key().stringValue(), bucket.docCount());
        }
        return counts;
    }
}
