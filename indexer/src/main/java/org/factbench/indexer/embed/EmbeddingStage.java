package org.factbench.indexer.embed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.schema.IndexNames;

/**
 * The embed stage: gives every paragraph passage that has no vector of the current model one, in batches, as a
 * separate pass after the lexical load (which it never slows down: it runs when the load is done, or beside it
 * on other passages). Resumable by construction: each batch is written with the model's name, and a pass only
 * reads passages without it, so a pass stopped by a crash, a restart or {@code stop} goes on where it stopped.
 * Sentences are not embedded: a paragraph is the unit suggested and linked, and embedding sentences too would
 * triple the work for little (a sentence is found lexically, and semantically through its paragraph).
 */
public final class EmbeddingStage {

    public static final int DEFAULT_BATCH = 64;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final TextEmbedder embedder;
    private final int batchSize;

    public EmbeddingStage(ElasticsearchClient client, IndexNames names, TextEmbedder embedder, int batchSize) {
        this.client = client;
        this.names = names;
        this.embedder = embedder;
        this.batchSize = batchSize;
    }

    public EmbeddingStage(ElasticsearchClient client, IndexNames names, TextEmbedder embedder) {
        this(client, names, embedder, DEFAULT_BATCH);
    }

    public TextEmbedder embedder() {
        return embedder;
    }

    /** The passages that get vectors: paragraphs (of any language). */
    static Query embeddable() {
        return Query.of(q -> q.term(t -> t.field("kind").value("PARAGRAPH")));
    }

    /** Embeddable passages without a vector of this model. */
    Query pendingQuery() {
        return Query.of(q -> q.bool(b -> b.filter(embeddable())
                .mustNot(m -> m.term(t -> t.field(EmbeddingField.MODEL).value(embedder.model())))));
    }

    public long pending() {
        return count(pendingQuery());
    }

    public long total() {
        return count(embeddable());
    }

    /** Embeds until nothing is pending or {@code stop} says so (checked between batches). */
    public EmbeddingSummary run(EmbeddingListener listener, BooleanSupplier stop) {
        long began = System.nanoTime();
        long pending = pending();
        listener.started(pending);
        long embedded = 0;
        long vanished = 0;
        boolean stopped = false;
        if (pending == 0) {
            return new EmbeddingSummary(0, 0, 0, Duration.ZERO, false);
        }
        String pit = openPit();
        try {
            List<FieldValue> after = null;
            while (true) {
                if (stop.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                List<Hit<Map>> hits = page(pit, after);
                if (hits.isEmpty()) {
                    break;
                }
                after = hits.getLast().sort();
                List<TextEmbedder.PassageText> texts = new ArrayList<>(hits.size());
                for (Hit<Map> hit : hits) {
                    Map<?, ?> source = hit.source();
                    texts.add(new TextEmbedder.PassageText(string(source, "title"), string(source, "text")));
                }
                List<float[]> vectors = embedder.embedPassages(texts);
                long missing = write(hits, vectors);
                vanished += missing;
                embedded += hits.size() - missing;
                double seconds = (System.nanoTime() - began) / 1e9;
                listener.progress(embedded + vanished, pending, seconds <= 0 ? 0 : embedded / seconds);
            }
        } finally {
            closePit(pit);
        }
        refresh();
        return new EmbeddingSummary(pending, embedded, vanished, Duration.ofNanos(System.nanoTime() - began), stopped);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Hit<Map>> page(String pit, List<FieldValue> after) {
        try {
            SearchResponse<Map> response = client.search(s -> {
                s.pit(p -> p.id(pit).keepAlive(k -> k.time("10m"))).size(batchSize)
                        .query(pendingQuery())
                        .source(src -> src.filter(f -> f.includes("title", "text")))
                        .sort(o -> o.field(f -> f.field("_shard_doc")))
                        .trackTotalHits(t -> t.enabled(false));
                if (after != null) {
                    s.searchAfter(after);
                }
                return s;
            }, Map.class);
            return response.hits().hits();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** Partial updates (no scripts needed); returns how many passages were gone. */
    private long write(List<Hit<Map>> hits, List<float[]> vectors) {
        List<BulkOperation> operations = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit<Map> hit = hits.get(i);
            Map<String, Object> doc = Map.of(EmbeddingField.NAME, vectors.get(i), EmbeddingField.MODEL, embedder.model());
            operations.add(BulkOperation.of(o -> o.update(u -> u.index(hit.index()).id(hit.id())
                    .action(a -> a.doc(doc)))));
        }
        try {
            BulkResponse response = client.bulk(b -> b.operations(operations));
            long missing = 0;
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() == null) {
                        continue;
                    }
                    if (item.status() == 404) {
                        missing++;
                    } else {
                        throw new IllegalStateException("Writing passage vectors failed for " + item.id() + ": "
                                + item.error().type() + " " + item.error().reason());
                    }
                }
            }
            return missing;
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private long count(Query query) {
        try {
            return client.count(c -> c.index(names.passages()).query(query)).count();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private String openPit() {
        try {
            return client.openPointInTime(p -> p.index(names.passages()).keepAlive(k -> k.time("10m"))).id();
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private void closePit(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | RuntimeException e) {
            // The point in time expires by itself.
        }
    }

    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(names.passages()));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    private static String string(Map<?, ?> source, String field) {
        Object value = source == null ? null : source.get(field);
        return value == null ? "" : value.toString();
    }

    private static CorpusUnavailableException unavailable(IOException e) {
        return new CorpusUnavailableException("Elasticsearch cannot be reached: " + e.getMessage(), e);
    }
}
