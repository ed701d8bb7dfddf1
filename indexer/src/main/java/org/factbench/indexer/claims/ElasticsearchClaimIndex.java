package org.factbench.indexer.claims;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.MtermvectorsResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.mtermvectors.MultiTermVectorsResult;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.SimilarClaim;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.schema.ClaimDocument;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.normalize.LanguageGuesser;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClaimIndex} on Elasticsearch, two similarities per candidate, the higher one shown and ranked by:
 * <ul>
 * <li>lexical: candidates from a match query, scored by the TF-IDF cosine of the analyzed statements, computed from
 * term vectors and the index's own document frequencies, so it lies in [0, 1] and means the same across queries
 * (1 = the same words), unlike a raw BM25 score;</li>
 * <li>semantic (English claims, when an embedder is given): kNN over the statements' vectors, the cosine mapped to
 * [0, 1] by {@link SemanticSimilarity}, so a paraphrase sharing few words is found and scores like a rewording.</li>
 * </ul>
 * Taking the maximum of two calibrated similarities (rather than a rank fusion) keeps the shown score a similarity:
 * the same words still score 1, and a claim never scores lower for being found twice. Without an embedder, for other
 * languages, or while the model cannot be loaded, matching is lexical only.
 */
public class ElasticsearchClaimIndex implements ClaimIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchClaimIndex.class);
    private static final int MIN_CANDIDATES = 20;
    /**
     * A claim typed without choosing its language (the new-claim dialog leaves it empty) still gets its language's
     * analysis, on both sides of the comparison, when the text names the language clearly; else the plain field.
     */
    private static final LanguageGuesser LANGUAGE_OF_UNLABELLED = new LanguageGuesser(CorpusLanguage.codes());

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final TextEmbedder embedder;
    /** Set when the model failed to load or run: not tried again on every keystroke of the new-claim dialog. */
    private volatile boolean embedderFailed;

    /** Lexical matching only. */
    public ElasticsearchClaimIndex(ElasticsearchClient client, IndexNames names) {
        this(client, names, null);
    }

    /** @param embedder the passage model, or null for lexical matching only */
    public ElasticsearchClaimIndex(ElasticsearchClient client, IndexNames names, TextEmbedder embedder) {
        this.client = client;
        this.names = names;
        this.embedder = embedder;
    }

    @Override
    public void index(IndexedClaim claim) {
        String language = languageOf(claim.statement(), claim.language());
        float[] vector = vector(claim.statement(), language);
        ClaimDocument doc = new ClaimDocument(claim.id(), claim.statement(), claim.claimant(), language,
                claim.tags(), claim.status(), vector, vector == null ? null : embedder.model());
        try {
            // wait_for: a claim saved a moment ago must already show up as similar to the next one. require_alias: a
            // claim saved before the corpus indices exist must fail (and be re-indexed later), not auto-create a
            // concrete index named like the alias, which would block creating the alias for good.
            client.index(i -> i.index(names.claims()).id(Long.toString(claim.id())).document(doc)
                    .refresh(Refresh.WaitFor).requireAlias(true));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("index claim " + claim.id(), e);
        }
    }

    @Override
    public void remove(long claimId) {
        try {
            client.delete(d -> d.index(names.claims()).id(Long.toString(claimId)).refresh(Refresh.WaitFor));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("remove claim " + claimId, e);
        }
    }

    @Override
    public List<SimilarClaim> findSimilar(String statement, String language, int limit) {
        if (statement == null || statement.isBlank() || limit < 1) {
            return List.of();
        }
        language = languageOf(statement, language);
        Map<Long, SimilarClaim> best = new HashMap<>();
        for (SimilarClaim claim : lexical(statement, language, limit)) {
            best.put(claim.claimId(), claim);
        }
        float[] vector = vector(statement, language);
        if (vector != null) {
            for (SimilarClaim claim : semantic(vector, limit)) {
                best.merge(claim.claimId(), claim, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<SimilarClaim> similar = new ArrayList<>(best.values());
        similar.sort(Comparator.comparingDouble(SimilarClaim::score).reversed()
                .thenComparingLong(SimilarClaim::claimId));
        return similar.size() > limit ? List.copyOf(similar.subList(0, limit)) : similar;
    }

    private List<SimilarClaim> lexical(String statement, String language, int limit) {
        String field = Languages.field("statement", language).orElse("statement");
        String searched = Languages.of(language).map(l -> l.indexed(statement)).orElse(statement);
        try {
            SearchResponse<ClaimDocument> candidates = client.search(s -> s.index(names.claims())
                    .size(Math.max(limit * 3, MIN_CANDIDATES))
                    .source(src -> src.filter(f -> f.excludes(EmbeddingField.NAME)))
                    .query(q -> q.match(m -> m.field(field).query(searched))), ClaimDocument.class);
            List<Hit<ClaimDocument>> hits = candidates.hits().hits();
            if (hits.isEmpty()) {
                return List.of();
            }
            TermWeights query = queryWeights(searched, field);
            MtermvectorsResponse vectors = client.mtermvectors(m -> m.index(names.claims())
                    .ids(hits.stream().map(Hit::id).toList()).fields(field).termStatistics(true).fieldStatistics(true));
            // The answer's order is Elasticsearch's own (not the order of the ids asked for): match by id.
            Map<String, MultiTermVectorsResult> vectorsById = vectors.docs().stream()
                    .collect(Collectors.toMap(MultiTermVectorsResult::id, r -> r, (a, b) -> a));
            List<SimilarClaim> similar = new ArrayList<>();
            for (Hit<ClaimDocument> hit : hits) {
                ClaimDocument doc = hit.source();
                MultiTermVectorsResult result = vectorsById.get(hit.id());
                TermVector vector = result == null || result.termVectors() == null ? null : result.termVectors().get(field);
                if (doc == null || vector == null) {
                    continue;
                }
                double score = query.cosine(TermWeights.of(vector, query.documents()));
                if (score > 0) {
                    similar.add(new SimilarClaim(doc.claimId(), doc.statement(), doc.status(), score));
                }
            }
            return similar;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("find similar claims", e);
        }
    }

    private static String languageOf(String statement, String language) {
        return language != null && !language.isBlank() ? language : LANGUAGE_OF_UNLABELLED.guess(statement);
    }

    /** Nearest statements by vector (exact search over the claims made by the same model), scored by meaning. */
    private List<SimilarClaim> semantic(float[] vector, int limit) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        int k = Math.max(limit * 3, MIN_CANDIDATES);
        try {
            SearchResponse<ClaimDocument> response = client.search(s -> s.index(names.claims()).size(k)
                    .source(src -> src.filter(f -> f.excludes(EmbeddingField.NAME)))
                    .knn(n -> n.field(EmbeddingField.NAME).queryVector(values).k(k).numCandidates(Math.max(100, k))
                            .filter(f -> f.term(t -> t.field(EmbeddingField.MODEL).value(embedder.model())))),
                    ClaimDocument.class);
            List<SimilarClaim> similar = new ArrayList<>();
            for (Hit<ClaimDocument> hit : response.hits().hits()) {
                ClaimDocument doc = hit.source();
                double score = hit.score() == null ? 0 : SemanticSimilarity.fromKnnScore(hit.score());
                if (doc != null && score > 0) {
                    similar.add(new SimilarClaim(doc.claimId(), doc.statement(), doc.status(), score));
                }
            }
            return similar;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("find similar claims", e);
        }
    }

    /** The statement's vector in the query form, or null: no model, a language it does not cover, or it failed. */
    private float[] vector(String statement, String language) {
        if (embedder == null || embedderFailed || !SemanticSimilarity.covers(language, statement)) {
            return null;
        }
        try {
            return embedder.embedQuery(statement);
        } catch (RuntimeException e) {
            embedderFailed = true;
            log.warn("The embedding model failed ({}); claim matching is lexical only until the application restarts",
                    e.toString());
            return null;
        }
    }

    private TermWeights queryWeights(String statement, String field) throws IOException {
        TermvectorsResponse response = client.termvectors(t -> t.index(names.claims())
                .doc(Map.of(field, statement)).fields(field).termStatistics(true).fieldStatistics(true));
        TermVector vector = response.termVectors().get(field);
        return vector == null ? TermWeights.EMPTY : TermWeights.of(vector, 0);
    }

    private static CorpusUnavailableException unavailable(String what, Exception e) {
        return new CorpusUnavailableException("The claim index (Elasticsearch) could not " + what + ": "
                + e.getMessage() + ". Check that Elasticsearch is running.", e);
    }
}
