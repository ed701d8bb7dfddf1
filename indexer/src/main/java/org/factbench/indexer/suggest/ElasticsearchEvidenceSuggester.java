package org.factbench.indexer.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.suggestion.EmbeddingProgress;
import org.factbench.core.suggestion.EvidenceSuggester;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionRequest;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.schema.EmbeddingField;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.Languages;
import org.factbench.indexer.schema.PassageDocument;
import org.factbench.indexer.search.ElasticsearchSourceCorpus;
import org.factbench.indexer.segment.ExtractedDate;
import org.factbench.indexer.segment.ExtractedNumber;

/**
 * {@link EvidenceSuggester} on Elasticsearch: paragraphs ranked by BM25 (with boosts for the claim's word pairs,
 * names, numbers and dates and for a time window around the claim) and by kNN over their vectors, fused by
 * reciprocal rank, joined with the current article versions, spread over articles and outlets, and explained.
 * Paragraphs not embedded yet take part through BM25 alone. Without an embedder (or before the model is loaded)
 * suggestions are lexical only.
 */
public class ElasticsearchEvidenceSuggester implements EvidenceSuggester {

    /** How the ranking is made: the fused suggestions, or one side alone (for the evaluation). */
    public enum Mode { FUSED, LEXICAL, SEMANTIC, PLAIN_BM25 }

    static final int PER_ARTICLE = 2;
    static final int PER_OUTLET = 4;
    /** Days before the claim's date in which articles are preferred, and after it (reports come after events). */
    static final int WINDOW_BEFORE_DAYS = 365;
    static final int WINDOW_AFTER_DAYS = 90;
    private static final List<String> SOURCE = List.of("articleId", "version", "ordinal", "kind", "paragraph", "start",
            "end", "text", "title", "url", "outlet", "published", "language", "dates", "numbers");

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final TextEmbedder embedder;
    private final ElasticsearchSourceCorpus corpus;
    private final Supplier<EmbeddingProgress> progress;
    private final int candidates;

    public ElasticsearchEvidenceSuggester(ElasticsearchClient client, IndexNames names, TextEmbedder embedder,
                                          Supplier<EmbeddingProgress> progress) {
        this(client, names, embedder, progress, 50);
    }

    public ElasticsearchEvidenceSuggester(ElasticsearchClient client, IndexNames names, TextEmbedder embedder,
                                          Supplier<EmbeddingProgress> progress, int candidates) {
        this.client = client;
        this.names = names;
        this.embedder = embedder;
        this.corpus = new ElasticsearchSourceCorpus(client, names);
        this.progress = progress;
        this.candidates = candidates;
    }

    @Override
    public List<Suggestion> suggest(SuggestionRequest request) {
        return suggest(request, Mode.FUSED);
    }

    @Override
    public EmbeddingProgress progress() {
        return progress == null ? EmbeddingProgress.UNKNOWN : progress.get();
    }

    public List<Suggestion> suggest(SuggestionRequest request, Mode mode) {
        String statement = request.statement() == null ? "" : request.statement().strip();
        if (statement.isEmpty()) {
            return List.of();
        }
        ClaimFacts facts = ClaimFacts.of(statement, request.language(), request.claimedOn());
        int wanted = Math.max(candidates, request.limit() * 5);
        Map<String, PassageDocument> docs = new HashMap<>();
        List<String> lexical = mode == Mode.SEMANTIC ? List.of()
                : search(mode == Mode.PLAIN_BM25 ? plainMatch(statement, request) : lexicalQuery(facts, request), null,
                        wanted, docs);
        List<String> semantic = mode == Mode.LEXICAL || mode == Mode.PLAIN_BM25 || embedder == null ? List.of()
                : search(filter(request), embedder.embedQuery(statement), wanted, docs);
        List<ReciprocalRankFusion.Fused> fused = ReciprocalRankFusion.fuse(List.of(lexical, semantic),
                new double[] {1.0, 1.0}, ReciprocalRankFusion.K);
        Map<String, Integer> current = currentVersions(docs.values());
        List<ReciprocalRankFusion.Fused> eligible = new ArrayList<>();
        for (ReciprocalRankFusion.Fused f : fused) {
            PassageDocument doc = docs.get(f.id());
            if (doc != null && Integer.valueOf(doc.version()).equals(current.get(doc.articleId()))
                    && !request.excludedSpans().contains(SuggestionRequest.span(doc.articleId(), doc.start(), doc.end()))) {
                eligible.add(f);
            }
        }
        List<ReciprocalRankFusion.Fused> spread = mode == Mode.FUSED
                ? Diversity.spread(eligible, f -> docs.get(f.id()).articleId(), f -> docs.get(f.id()).outlet(),
                        PER_ARTICLE, PER_OUTLET, request.limit())
                : eligible.subList(0, Math.min(request.limit(), eligible.size()));
        List<Suggestion> suggestions = new ArrayList<>(spread.size());
        for (ReciprocalRankFusion.Fused f : spread) {
            PassageDocument doc = docs.get(f.id());
            suggestions.add(new Suggestion(f.id(), doc.articleId(), doc.version(), doc.title(), doc.outlet(),
                    doc.published(), doc.language(), doc.start(), doc.end(), doc.text(), f.score(), f.rank(0), f.rank(1),
                    MatchedTerms.of(statement, doc.text()),
                    AgreementSignals.compare(facts, doc.dates(), doc.numbers(), doc.text())));
        }
        return suggestions;
    }

    /** The evaluation's baseline: one {@code match} of the claim over the passage text, nothing else. */
    private Query plainMatch(String statement, SuggestionRequest request) {
        return Query.of(q -> q.bool(b -> b.must(m -> m.match(t -> t.field("text").query(statement)))
                .filter(filter(request))));
    }

    /**
     * BM25 over the text (language-neutral and the claim language's analyzed field: Russian morphology for a
     * Russian claim), any word may match; boosted by the title, pairs of adjacent content words as near phrases,
     * the claim's names as phrases, its numbers and dates (the extracted values the loader indexed), and by a time
     * window around the claim's date. Boosts only add: a passage needs none of them to be found.
     */
    Query lexicalQuery(ClaimFacts facts, SuggestionRequest request) {
        String statement = facts.statement();
        List<String> textFields = fields("text", request.language());
        List<String> titleFields = fields("title", request.language());
        List<Query> should = new ArrayList<>();
        should.add(across(statement, titleFields, TextQueryType.BestFields, 0, 0.5f));
        for (String pair : contentPairs(statement)) {
            should.add(across(pair, textFields, TextQueryType.Phrase, 2, 0.4f));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Names.Name name : facts.names()) {
            if (seen.add(name.text()) && name.text().contains(" ")) {
                should.add(across(name.text(), textFields, TextQueryType.Phrase, 1, 0.8f));
            }
        }
        List<FieldValue> numbers = facts.numbers().stream().map(ExtractedNumber::value).distinct()
                .map(FieldValue::of).toList();
        if (!numbers.isEmpty()) {
            should.add(Query.of(q -> q.terms(t -> t.field("numberValues").terms(v -> v.value(numbers)).boost(1.0f))));
        }
        for (ExtractedDate date : facts.dates()) {
            should.add(Query.of(q -> q.range(r -> r.date(d -> d.field("dateRanges").gte(date.from().toString())
                    .lte(date.to().toString()).format("strict_date").relation(RangeRelation.Intersects)
                    .boost(date.precision() == ExtractedDate.Precision.YEAR ? 0.5f : 1.5f)))));
        }
        window(facts, request).ifPresent(should::add);
        Query text = across(statement, textFields, TextQueryType.BestFields, 0, 1.0f);
        return Query.of(q -> q.bool(b -> b.must(text).should(should).filter(filter(request))));
    }

    /** Articles published around the claim's date (its appearance, else the latest date it states). */
    private static Optional<Query> window(ClaimFacts facts, SuggestionRequest request) {
        LocalDate centre = request.claimedOn();
        if (centre == null) {
            centre = facts.dates().stream().map(ExtractedDate::to).max(LocalDate::compareTo).orElse(null);
        }
        if (centre == null) {
            return Optional.empty();
        }
        LocalDate from = centre.minusDays(WINDOW_BEFORE_DAYS);
        LocalDate to = centre.plusDays(WINDOW_AFTER_DAYS);
        return Optional.of(Query.of(q -> q.range(r -> r.date(d -> d.field("published").gte(from.toString())
                .lte(to.toString()).format("strict_date").boost(0.5f)))));
    }

    /** Paragraphs only (the unit suggested), minus the dismissed ones. */
    private static Query filter(SuggestionRequest request) {
        List<String> excluded = List.copyOf(request.excludedPassageIds());
        return Query.of(q -> q.bool(b -> {
            b.filter(f -> f.term(t -> t.field("kind").value("PARAGRAPH")));
            if (!excluded.isEmpty()) {
                b.mustNot(m -> m.ids(i -> i.values(excluded)));
            }
            return b;
        }));
    }

    /** Adjacent content words ("public figures", "figures meeting" when only stop words are between). */
    static List<String> contentPairs(String statement) {
        List<String> content = Words.of(statement).stream().filter(Words::content).toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < content.size() && pairs.size() < 12; i++) {
            pairs.add(content.get(i) + " " + content.get(i + 1));
        }
        return pairs;
    }

    private static List<String> fields(String base, String language) {
        List<String> fields = new ArrayList<>();
        fields.add(base);
        if (language != null && !language.isBlank()) {
            Languages.field(base, language).ifPresent(fields::add);
        }
        return fields;
    }

    /** One multi_match per form of the text (the Turkic casing of a language field), under a dis_max. */
    private static Query across(String text, List<String> fields, TextQueryType type, int slop, float boost) {
        List<Query> queries = new ArrayList<>();
        Map<String, List<String>> byForm = new HashMap<>();
        for (String field : fields) {
            byForm.computeIfAbsent(form(text, field), x -> new ArrayList<>()).add(field);
        }
        byForm.forEach((form, group) -> queries.add(multiMatch(form, group, type, slop, null)));
        return queries.size() == 1
                ? multiMatch(text, fields, type, slop, boost)
                : Query.of(q -> q.disMax(d -> d.queries(queries).tieBreaker(0.3).boost(boost)));
    }

    /** @param boost null for none (a query under a dis_max, which carries the boost) */
    private static Query multiMatch(String text, List<String> fields, TextQueryType type, int slop, Float boost) {
        return Query.of(q -> q.multiMatch(m -> {
            m.query(text).fields(fields).type(type).boost(boost);
            if (type == TextQueryType.Phrase) {
                m.slop(slop);
            } else {
                m.tieBreaker(0.3);
            }
            return m;
        }));
    }

    private static String form(String text, String field) {
        int underscore = field.lastIndexOf('_');
        return underscore < 0 ? text
                : Languages.of(field.substring(underscore + 1)).map(l -> l.indexed(text)).orElse(text);
    }

    /** Passage ids best first; their documents go into {@code docs}. A vector makes it a kNN search. */
    private List<String> search(Query query, float[] vector, int size, Map<String, PassageDocument> docs) {
        try {
            SearchResponse<PassageDocument> response = client.search(s -> {
                s.index(names.passages()).size(size).trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.filter(f -> f.includes(SOURCE)));
                if (vector == null) {
                    s.query(query);
                } else {
                    List<Float> values = new ArrayList<>(vector.length);
                    for (float v : vector) {
                        values.add(v);
                    }
                    s.knn(k -> k.field(EmbeddingField.NAME).queryVector(values).k(size)
                            .numCandidates(Math.max(100, size * 3)).filter(query));
                }
                return s;
            }, PassageDocument.class);
            List<String> ids = new ArrayList<>();
            for (Hit<PassageDocument> hit : response.hits().hits()) {
                if (hit.source() != null) {
                    ids.add(hit.id());
                    docs.putIfAbsent(hit.id(), hit.source());
                }
            }
            return ids;
        } catch (IOException | ElasticsearchException e) {
            throw new CorpusUnavailableException("Suggestions are unavailable: " + e.getMessage(), e);
        }
    }

    private Map<String, Integer> currentVersions(java.util.Collection<PassageDocument> docs) {
        Set<String> ids = new LinkedHashSet<>();
        docs.forEach(d -> ids.add(d.articleId()));
        return ids.isEmpty() ? Map.of() : corpus.currentVersions(ids);
    }
}
