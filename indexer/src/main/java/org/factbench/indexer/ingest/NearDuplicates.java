package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factbench.indexer.schema.ArticleRef;

/**
 * Finds the article a new one is a syndicated copy of. Stored articles are found with a query on their MinHash
 * bands (scored by how many bands they share); articles still being written in this load are kept in a small
 * in-memory band index until they are searchable: while being written, and after their commit until the next
 * refresh of the article index. That refresh happens at most every 30 seconds, so a big load (periodic
 * refresh off) does not make a new segment per batch; the in-memory part stays bounded by what a load writes in
 * that time. Not thread-safe: the loading thread owns it.
 */
final class NearDuplicates {

    /** @param articleId the original (the root of its duplicate cluster) */
    record Match(String articleId, double similarity) {
    }

    /** @param bands {@code MinHash.bands(signature)}, computed once per article */
    record Probe(String articleId, int[] signature, List<String> bands) {
    }

    private record Known(String articleId, int[] signature, List<String> bands, String duplicateOf) {
        String root() {
            return duplicateOf != null ? duplicateOf : articleId;
        }
    }

    private static final int CANDIDATES = 5;
    private static final int MAX_BATCH_CANDIDATES = 5_000;
    private static final List<String> SOURCE_FIELDS = List.of("articleId", "dedupSignature", "duplicateOf");

    private final ElasticsearchClient client;
    private final String articlesAlias;
    private final double threshold;
    private final Map<String, Known> inFlight = new HashMap<>();
    private final Map<String, Set<String>> inFlightBands = new HashMap<>();
    /**
     * Each refresh makes a small segment of the article index that Elasticsearch later merges: at every 5 s this
     * cost the cluster about a tenth of a big load's indexing time. Every 30 s keeps it small, and the in-memory
     * part bounded by what a load writes in that time (at ~300 articles/s some 10,000 signatures, ~15 MB).
     */
    static final long REFRESH_EVERY_NANOS = 30_000_000_000L;

    /** Starts true: articles another load committed a moment ago must be searchable for the first lookup. */
    private boolean dirty = true;
    private long lastRefresh;
    private final Set<String> committedUnrefreshed = new HashSet<>();

    NearDuplicates(ElasticsearchClient client, String articlesAlias, double threshold) {
        this.client = client;
        this.articlesAlias = articlesAlias;
        this.threshold = threshold;
    }

    /** For each probe that has a near-duplicate, the best match; probes are also remembered as in flight. */
    Map<String, Match> find(List<Probe> probes) throws IOException {
        List<Probe> searchable = probes.stream().filter(p -> p.signature().length == MinHash.SIZE).toList();
        Map<String, Match> matches = new LinkedHashMap<>();
        if (searchable.isEmpty()) {
            return matches;
        }
        if (dirty && (lastRefresh == 0 || System.nanoTime() - lastRefresh >= REFRESH_EVERY_NANOS)) {
            client.indices().refresh(r -> r.index(articlesAlias));
            lastRefresh = System.nanoTime();
            dirty = false;
            // Searchable now: the copies kept in memory are no longer needed.
            for (String id : List.copyOf(committedUnrefreshed)) {
                forget(id);
            }
            committedUnrefreshed.clear();
        }
        Map<String, List<Known>> stored = storedCandidates(searchable);
        for (Probe probe : searchable) {
            Known best = null;
            double bestSimilarity = 0;
            List<Known> candidates = new ArrayList<>(inFlightCandidates(probe));
            for (String band : probe.bands()) {
                candidates.addAll(stored.getOrDefault(band, List.of()));
            }
            for (Known known : candidates) {
                if (known.articleId().equals(probe.articleId())) {
                    continue;
                }
                double similarity = MinHash.similarity(probe.signature(), known.signature());
                if (similarity > bestSimilarity) {
                    best = known;
                    bestSimilarity = similarity;
                }
            }
            Match match = best != null && bestSimilarity >= threshold && !best.root().equals(probe.articleId())
                    ? new Match(best.root(), bestSimilarity) : null;
            if (match != null) {
                matches.put(probe.articleId(), match);
            }
            remember(probe, match == null ? null : match.articleId());
        }
        return matches;
    }

    /**
     * Stored articles that share a band with any probe, by band: one {@code terms} query for the whole batch (bands
     * are specific, so few articles come back). When more come back than one page holds, each probe is looked up
     * on its own instead, best-scoring (most shared bands) first.
     */
    private Map<String, List<Known>> storedCandidates(List<Probe> probes) throws IOException {
        Set<String> bands = new HashSet<>();
        for (Probe probe : probes) {
            bands.addAll(probe.bands());
        }
        List<FieldValue> values = bands.stream().map(FieldValue::of).toList();
        SearchResponse<ArticleRef> response = client.search(s -> s.index(articlesAlias).size(MAX_BATCH_CANDIDATES)
                .trackTotalHits(t -> t.count(MAX_BATCH_CANDIDATES + 1))
                .query(q -> q.terms(t -> t.field("dedupBands").terms(v -> v.value(values))))
                .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS))), ArticleRef.class);
        if (response.hits().total() != null && response.hits().total().value() > MAX_BATCH_CANDIDATES) {
            return candidatesProbeByProbe(probes);
        }
        return byBand(response.hits().hits());
    }

    private Map<String, List<Known>> candidatesProbeByProbe(List<Probe> probes) throws IOException {
        List<RequestItem> searches = new ArrayList<>(probes.size());
        for (Probe probe : probes) {
            List<Query> should = probe.bands().stream()
                    .map(band -> Query.of(q -> q.term(t -> t.field("dedupBands").value(FieldValue.of(band)))))
                    .toList();
            searches.add(RequestItem.of(r -> r.header(h -> h.index(articlesAlias)).body(b -> b
                    .size(CANDIDATES)
                    .query(q -> q.bool(bool -> bool.should(should)))
                    .source(s -> s.filter(f -> f.includes(SOURCE_FIELDS))))));
        }
        MsearchResponse<ArticleRef> response = client.msearch(m -> m.searches(searches), ArticleRef.class);
        List<Hit<ArticleRef>> hits = new ArrayList<>();
        for (MultiSearchResponseItem<ArticleRef> item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("near-duplicate lookup failed: " + item.failure().error().reason());
            }
            hits.addAll(item.result().hits().hits());
        }
        return byBand(hits);
    }

    private static Map<String, List<Known>> byBand(List<Hit<ArticleRef>> hits) {
        Map<String, List<Known>> byBand = new HashMap<>();
        for (Hit<ArticleRef> hit : hits) {
            ArticleRef doc = hit.source();
            if (doc == null || doc.dedupSignature() == null || doc.dedupSignature().length != MinHash.SIZE) {
                continue;
            }
            List<String> bands = MinHash.bands(doc.dedupSignature());
            Known known = new Known(doc.articleId(), doc.dedupSignature(), bands, doc.duplicateOf());
            for (String band : bands) {
                byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(known);
            }
        }
        return byBand;
    }

    /** The article was committed: kept in memory until the next refresh of the article index makes it searchable. */
    void committed(String articleId) {
        if (inFlight.containsKey(articleId)) {
            committedUnrefreshed.add(articleId);
        }
        dirty = true;
    }

    void forget(String articleId) {
        committedUnrefreshed.remove(articleId);
        Known known = inFlight.remove(articleId);
        if (known != null) {
            for (String band : known.bands()) {
                Set<String> ids = inFlightBands.get(band);
                if (ids != null && ids.remove(articleId) && ids.isEmpty()) {
                    inFlightBands.remove(band);
                }
            }
        }
    }

    private void remember(Probe probe, String duplicateOf) {
        forget(probe.articleId());
        inFlight.put(probe.articleId(), new Known(probe.articleId(), probe.signature(), probe.bands(), duplicateOf));
        for (String band : probe.bands()) {
            inFlightBands.computeIfAbsent(band, b -> new HashSet<>()).add(probe.articleId());
        }
    }

    private List<Known> inFlightCandidates(Probe probe) {
        Set<String> ids = new HashSet<>();
        for (String band : probe.bands()) {
            ids.addAll(inFlightBands.getOrDefault(band, Set.of()));
        }
        ids.remove(probe.articleId());
        List<Known> candidates = new ArrayList<>(ids.size());
        for (String id : ids) {
            candidates.add(inFlight.get(id));
        }
        return candidates;
    }
}
