package org.factbench.indexer.suggest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factbench.core.suggestion.SuggestionRequest;
import org.factbench.indexer.embed.BgeSmallEmbedder;
import org.factbench.indexer.embed.EmbeddingListener;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.embed.EmbeddingSummary;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.ingest.LoadOptions;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.store.RealCorpus;
import org.factbench.indexer.store.StoreFixture;
import org.factbench.indexer.suggest.ElasticsearchEvidenceSuggester.Mode;
import org.junit.jupiter.api.Test;

/**
 * The suggestion benchmark, one command (not part of the test suite):
 * {@code ./mvnw -o -q -pl indexer -am verify -Pbenchmark-suggestions [-Dbenchmark.embed=20000]}. Loads the whole
 * shared corpus (BBC, Reuters-21578, the Russian files) lexically into the test node, embeds the first
 * {@code benchmark.embed} paragraphs (the whole corpus does not fit in a session on two cores: the rest is
 * extrapolated from the measured rate), then measures suggestion latency with the claim's embedding included
 * (the dev set's claims, three rounds after a warm-up) against the lexical query alone in the same run, index
 * size and node heap with and without the vectors, and what the vector index options cost in recall against
 * exact (flat) search over the same vectors.
 */
class SuggestionBenchmark {

    static final List<String> INDEX_TYPES = List.of("flat", "hnsw", "int8_hnsw", "int4_hnsw", "bbq_hnsw");

    @Test
    void benchmark() throws IOException {
        assumeTrue(Boolean.getBoolean("benchmark"), "run with -Pbenchmark-suggestions");
        int toEmbed = Integer.getInteger("benchmark.embed", 20_000);
        DevSet devSet = DevSet.load();
        Path corpus = RealCorpus.require("");
        StringBuilder report = new StringBuilder();
        try (StoreFixture store = new StoreFixture()) {
            long began = System.nanoTime();
            load(store, corpus.resolve("bbc"), "en");
            load(store, corpus.resolve("reuters/reuters21578.jsonl"), "en");
            load(store, corpus.resolve("russian"), "ru");
            double loadSeconds = (System.nanoTime() - began) / 1e9;
            long passages = store.count(store.names.passages());
            EmbeddingStage probe = new EmbeddingStage(store.client, store.names, BgeSmallEmbedder.shared());
            long paragraphs = probe.total();
            long sizeBefore = storeSize(store);
            long heapBefore = heapUsed(store.client);
            line(report, "Corpus: %,d passages (%,d paragraphs) loaded lexically in %.0f s; passages index %.1f MB, node heap used %.0f MB",
                    passages, paragraphs, loadSeconds, sizeBefore / 1e6, heapBefore / 1e6);

            RecordingEmbedder recording = new RecordingEmbedder(BgeSmallEmbedder.shared());
            EmbeddingStage stage = new EmbeddingStage(store.client, store.names, recording);
            long[] done = {0};
            EmbeddingSummary summary = stage.run(new EmbeddingListener() {
                @Override
                public void progress(long n, long pending, double perSecond) {
                    done[0] = n;
                    if (n % 2048 < 64) {
                        System.out.printf(Locale.ROOT, "  embedded %,d (%.0f/s)%n", n, perSecond);
                    }
                }
            }, () -> done[0] >= toEmbed);
            store.client.indices().forcemerge(f -> f.index(store.names.passages()).maxNumSegments(1L));
            long sizeAfter = storeSize(store);
            line(report, "Embedded %,d paragraphs in %.0f s: %.1f paragraphs/s (bge-small-en-v1.5-q, title + paragraph, batch %d, "
                            + "2 cores shared with Elasticsearch and other jobs on this machine)",
                    summary.embedded(), summary.took().toNanos() / 1e9, summary.perSecond(), EmbeddingStage.DEFAULT_BATCH);
            line(report, "Extrapolated: all %,d paragraphs at that rate take %.0f min (not measured)", paragraphs,
                    paragraphs / Math.max(1e-9, summary.perSecond()) / 60);
            line(report, "Passages index after embedding (force-merged): %.1f MB (+%.1f MB for %,d int8_hnsw vectors, %.0f bytes each); "
                    + "extrapolated to all paragraphs: +%.0f MB", sizeAfter / 1e6, (sizeAfter - sizeBefore) / 1e6,
                    summary.embedded(), (sizeAfter - sizeBefore) / (double) Math.max(1, summary.embedded()),
                    (sizeAfter - sizeBefore) / (double) Math.max(1, summary.embedded()) * paragraphs / 1e6);

            ElasticsearchEvidenceSuggester suggester = new ElasticsearchEvidenceSuggester(store.client, store.names,
                    BgeSmallEmbedder.shared(), null);
            for (DevSet.Claim claim : devSet.claims()) { // warm-up
                suggester.suggest(request(claim), Mode.FUSED);
            }
            double[] lexical = latencies(devSet, suggester, Mode.LEXICAL);
            double[] fused = latencies(devSet, suggester, Mode.FUSED);
            double[] embedOnly = new double[devSet.claims().size() * 3];
            int n = 0;
            for (int round = 0; round < 3; round++) {
                for (DevSet.Claim claim : devSet.claims()) {
                    long t = System.nanoTime();
                    BgeSmallEmbedder.shared().embedQuery(claim.claim());
                    embedOnly[n++] = (System.nanoTime() - t) / 1e6;
                }
            }
            line(report, "Suggestion latency, %d requests (dev-set claims x 3, after a warm-up), top 10:", fused.length);
            line(report, "  fused (query embedding + BM25 query + kNN + version check + signals): p50 %.0f ms, p95 %.0f ms",
                    percentile(fused, 50), percentile(fused, 95));
            line(report, "  lexical alone (baseline, same run): p50 %.0f ms, p95 %.0f ms; fused/lexical p95 ratio %.2f",
                    percentile(lexical, 50), percentile(lexical, 95), percentile(fused, 95) / percentile(lexical, 95));
            line(report, "  of which the claim's embedding: p50 %.1f ms, p95 %.1f ms", percentile(embedOnly, 50),
                    percentile(embedOnly, 95));
            line(report, "Node heap used after the searches: %.0f MB (before vectors: %.0f MB; heap samples are noisy, GC-dependent)",
                    heapUsed(store.client) / 1e6, heapBefore / 1e6);

            indexOptions(store, recording.vectors, devSet, report);
        }
        System.out.println("\n==== Suggestion benchmark ====\n" + report);
    }

    /**
     * Claim matching at a realistic size: every BBC headline (2,225 articles) as a stored claim with its vector, then the
     * dev-set claims as new statements, fused (embedding + lexical + kNN) against lexical only, as the new-claim
     * dialog calls it. {@code -Dtest=SuggestionBenchmark#claimMatching} runs it alone.
     */
    @Test
    void claimMatching() throws IOException {
        assumeTrue(Boolean.getBoolean("benchmark"), "run with -Pbenchmark-suggestions");
        DevSet devSet = DevSet.load();
        Path bbc = RealCorpus.require("bbc");
        List<String> headlines = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(bbc)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                headlines.add(text.lines().findFirst().orElse("").strip());
            }
        }
        StringBuilder report = new StringBuilder();
        try (StoreFixture store = new StoreFixture()) {
            TextEmbedder embedder = BgeSmallEmbedder.shared();
            long began = System.nanoTime();
            for (int from = 0; from < headlines.size(); from += 500) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(store.names.claims());
                for (int i = from; i < Math.min(headlines.size(), from + 500); i++) {
                    var doc = new org.factbench.indexer.schema.ClaimDocument(i + 1, headlines.get(i), "BBC", "en",
                            List.of(), "NEW", embedder.embedQuery(headlines.get(i)), embedder.model());
                    String id = Long.toString(i + 1);
                    bulk.operations(o -> o.index(x -> x.id(id).document(doc)));
                }
                store.client.bulk(bulk.build());
            }
            store.client.indices().refresh(r -> r.index(store.names.claims()));
            double seconds = (System.nanoTime() - began) / 1e9;
            org.factbench.indexer.claims.ElasticsearchClaimIndex fused =
                    new org.factbench.indexer.claims.ElasticsearchClaimIndex(store.client, store.names, embedder);
            for (DevSet.Claim claim : devSet.claims()) { // warm-up
                fused.findSimilar(claim.claim(), claim.language(), 5);
                store.claims.findSimilar(claim.claim(), claim.language(), 5);
            }
            double[] lexical = new double[devSet.claims().size() * 3];
            double[] both = new double[lexical.length];
            int n = 0;
            for (int round = 0; round < 3; round++) {
                for (DevSet.Claim claim : devSet.claims()) {
                    long t = System.nanoTime();
                    store.claims.findSimilar(claim.claim(), claim.language(), 5);
                    lexical[n] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    fused.findSimilar(claim.claim(), claim.language(), 5);
                    both[n++] = (System.nanoTime() - t) / 1e6;
                }
            }
            line(report, "Claim matching over %,d stored claims (BBC headlines, embedded and bulk-written in %.0f s), "
                    + "%d lookups of 5 (dev-set claims x 3, after a warm-up; its Russian claims skip the embedding):",
                    headlines.size(), seconds, both.length);
            line(report, "  fused (embedding + match + term vectors + kNN int8_flat): p50 %.0f ms, p95 %.0f ms",
                    percentile(both, 50), percentile(both, 95));
            line(report, "  lexical alone (baseline, same run): p50 %.0f ms, p95 %.0f ms; fused/lexical p95 ratio %.2f; load %s",
                    percentile(lexical, 50), percentile(lexical, 95), percentile(both, 95) / percentile(lexical, 95),
                    java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        }
        System.out.println("\n==== Claim matching benchmark ====\n" + report);
    }

    private static SuggestionRequest request(DevSet.Claim claim) {
        return SuggestionRequest.of(claim.claim(), claim.language(), null, 10);
    }

    private static double[] latencies(DevSet devSet, ElasticsearchEvidenceSuggester suggester, Mode mode) {
        double[] ms = new double[devSet.claims().size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (DevSet.Claim claim : devSet.claims()) {
                long t = System.nanoTime();
                suggester.suggest(request(claim), mode);
                ms[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }

    /** The same vectors under each index type; recall@10 of each against exact search (flat), and its size. */
    private static void indexOptions(StoreFixture store, List<float[]> vectors, DevSet devSet, StringBuilder report)
            throws IOException {
        ElasticsearchClient client = store.client;
        List<float[]> queries = new ArrayList<>();
        for (DevSet.Claim claim : devSet.claims()) {
            queries.add(BgeSmallEmbedder.shared().embedQuery(claim.claim()));
        }
        Map<String, List<Set<String>>> results = new java.util.LinkedHashMap<>();
        line(report, "Vector index options over the same %,d vectors, %d dev-set queries, k=10, num_candidates=100:",
                vectors.size(), queries.size());
        for (String type : INDEX_TYPES) {
            String index = store.names.prefix() + "vectors-" + type.replace('_', '-');
            String mapping = "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":{\"properties\":{\"v\":"
                    + new tools.jackson.databind.ObjectMapper().writeValueAsString(EmbeddingField.mapping(type)) + "}}}";
            client.indices().create(c -> c.index(index).withJson(new java.io.StringReader(mapping)));
            for (int from = 0; from < vectors.size(); from += 1000) {
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
                for (int i = from; i < Math.min(vectors.size(), from + 1000); i++) {
                    String id = Integer.toString(i);
                    Map<String, Object> doc = Map.of("v", vectors.get(i));
                    bulk.operations(o -> o.index(x -> x.id(id).document(doc)));
                }
                client.bulk(bulk.build());
            }
            client.indices().refresh(r -> r.index(index));
            client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
            long size = client.indices().stats(s -> s.index(index)).indices().get(index).primaries().store().sizeInBytes();
            List<Set<String>> found = new ArrayList<>();
            double[] ms = new double[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                List<Float> vector = new ArrayList<>();
                for (float f : queries.get(q)) {
                    vector.add(f);
                }
                long t = System.nanoTime();
                SearchResponse<Void> response = client.search(s -> s.index(index).size(10).source(src -> src.fetch(false))
                        .knn(k -> k.field("v").queryVector(vector).k(10).numCandidates(100)), Void.class);
                ms[q] = (System.nanoTime() - t) / 1e6;
                Set<String> ids = new HashSet<>();
                for (Hit<Void> hit : response.hits().hits()) {
                    ids.add(hit.id());
                }
                found.add(ids);
            }
            results.put(type, found);
            List<Set<String>> exact = results.get("flat");
            double recall = 0;
            for (int q = 0; q < queries.size(); q++) {
                Set<String> both = new HashSet<>(found.get(q));
                both.retainAll(exact.get(q));
                recall += exact.get(q).isEmpty() ? 1 : both.size() / (double) exact.get(q).size();
            }
            line(report, "  %-10s recall@10 vs exact %.3f, index %.1f MB, kNN p50 %.1f ms", type, recall / queries.size(),
                    size / 1e6, percentile(ms, 50));
            client.indices().delete(d -> d.index(index));
        }
    }

    private static void load(StoreFixture store, Path path, String language) {
        long t = System.nanoTime();
        LoadSummary summary = store.loader.load(List.of(path), new ReadOptions(null, null, language, Map.of()),
                LoadOptions.BULK, ProgressListener.NONE);
        System.out.printf(Locale.ROOT, "loaded %s: %,d articles in %.0f s%n", path.getFileName(),
                summary.created() + summary.updated() + summary.unchanged(), (System.nanoTime() - t) / 1e9);
    }

    private static long storeSize(StoreFixture store) throws IOException {
        store.client.indices().refresh(r -> r.index(store.names.passages()));
        return store.client.indices().stats(s -> s.index(store.names.passages())).all().primaries().store().sizeInBytes();
    }

    private static long heapUsed(ElasticsearchClient client) throws IOException {
        NodesStatsResponse stats = client.nodes().stats(s -> s.metric(co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric.Jvm));
        return stats.nodes().values().stream().mapToLong(n -> n.jvm().mem().heapUsedInBytes()).sum();
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void line(StringBuilder report, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** Keeps the vectors it makes, for the index-option comparison. */
    private static final class RecordingEmbedder implements TextEmbedder {

        final List<float[]> vectors = new ArrayList<>();
        private final TextEmbedder delegate;

        RecordingEmbedder(TextEmbedder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String model() {
            return delegate.model();
        }

        @Override
        public int dimensions() {
            return delegate.dimensions();
        }

        @Override
        public List<float[]> embedPassages(List<PassageText> passages) {
            List<float[]> made = delegate.embedPassages(passages);
            vectors.addAll(made);
            return made;
        }

        @Override
        public float[] embedQuery(String text) {
            return delegate.embedQuery(text);
        }
    }
}
