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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.CorpusLanguage;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.corpus.SimilarClaim;
import org.factbench.indexer.schema.ClaimDocument;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.normalize.LanguageGuesser;
import org.factbench.indexer.schema.Languages;

/**
 * {@link ClaimIndex} on Elasticsearch. Candidates come from a match query; their score is the TF-IDF cosine
 * similarity of the analyzed statements, computed from term vectors and the index's own document frequencies,
 * so it lies in [0, 1] and means the same across queries (1 = the same words), unlike a raw BM25 score.
 */
public class ElasticsearchClaimIndex implements ClaimIndex {

    private static final int MIN_CANDIDATES = 20;
    /**
     * A claim typed without choosing its language (the new-claim dialog leaves it empty) still gets its language's
     * analysis, on both sides of the comparison, when the text names the language clearly; else the plain field.
     */
    private static final LanguageGuesser LANGUAGE_OF_UNLABELLED = new LanguageGuesser(CorpusLanguage.codes());

    private final ElasticsearchClient client;
    private final IndexNames names;

    public ElasticsearchClaimIndex(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    @Override
    public void index(IndexedClaim claim) {
        ClaimDocument doc = new ClaimDocument(claim.id(), claim.statement(), claim.claimant(),
                languageOf(claim.statement(), claim.language()),
                claim.tags(), claim.status());
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
        String field = Languages.field("statement", language).orElse("statement");
        String searched = Languages.of(language).map(l -> l.indexed(statement)).orElse(statement);
        try {
            SearchResponse<ClaimDocument> candidates = client.search(s -> s.index(names.claims())
                    .size(Math.max(limit * 3, MIN_CANDIDATES))
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
            similar.sort(Comparator.comparingDouble(SimilarClaim::score).reversed());
            return similar.size() > limit ? List.copyOf(similar.subList(0, limit)) : similar;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("find similar claims", e);
        }
    }

    private static String languageOf(String statement, String language) {
        return language != null && !language.isBlank() ? language : LANGUAGE_OF_UNLABELLED.guess(statement);
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
