package org.factbench.indexer.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.schema.Languages.Language;

/**
 * The mappings of the four index kinds. They are strict (an unexpected field is an error, not a silent new
 * mapping) and only ever grow: {@link SchemaManager#ensure()} puts the current mapping on live indices, which
 * adds new fields (e.g. a {@code dense_vector} for passage embeddings) without a rebuild.
 */
final class Mappings {

    /** Bumped when a change needs a rebuild (a changed field type or analyzer); additive changes do not. */
    static final int SCHEMA_VERSION = 2;

    private Mappings() {
    }

    static Map<String, Object> of(Kind kind, Map<String, AnalyzerChoice> analyzers) {
        return of(kind, analyzers, Languages.ALL);
    }

    /** The mapping with the per-language fields of {@code languages} only (a live index may lack an analyzer). */
    static Map<String, Object> of(Kind kind, Map<String, AnalyzerChoice> analyzers, List<Language> languages) {
        Map<String, Object> properties = switch (kind) {
            case ARTICLES, ARTICLE_VERSIONS -> article();
            case PASSAGES -> passage();
            case CLAIMS -> claim();
        };
        List<String> localized = switch (kind) {
            case ARTICLES, ARTICLE_VERSIONS -> List.of("title");
            case PASSAGES -> List.of("text", "title");
            case CLAIMS -> List.of("statement");
        };
        for (String base : localized) {
            for (Language language : languages) {
                Map<String, Object> field = new LinkedHashMap<>(text(language.analyzer()));
                if (kind == Kind.CLAIMS) {
                    field.put("term_vector", "yes");
                }
                properties.put(base + "_" + language.code(), field);
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("schemaVersion", SCHEMA_VERSION);
        Map<String, String> described = new LinkedHashMap<>();
        analyzers.forEach((code, choice) -> described.put(code, choice.description()));
        meta.put("analyzers", described);
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("dynamic", "strict");
        mapping.put("_meta", meta);
        mapping.put("properties", properties);
        return mapping;
    }

    private static Map<String, Object> article() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("articleId", keyword());
        p.put("version", type("integer"));
        p.put("url", keyword());
        p.put("title", text("standard"));
        p.put("outlet", keyword());
        p.put("authors", keyword());
        p.put("published", type("date"));
        p.put("language", keyword());
        // The body is read by id, never searched here: passages are the search unit, so it is stored only.
        p.put("body", Map.of("type", "text", "index", false));
        p.put("contentHash", keyword());
        p.put("ingestedAt", type("date"));
        p.put("source", Map.of("type", "keyword", "ignore_above", 1024));
        p.put("passageCount", type("integer"));
        p.put("notes", Map.of("type", "keyword", "index", false, "doc_values", false));
        // Near-duplicate detection: LSH bands of a MinHash signature are matched with a terms query (no scripts
        // needed); the full signature is kept in _source to estimate the similarity of the candidates.
        p.put("dedupBands", keyword());
        p.put("dedupSignature", Map.of("type", "integer", "index", false, "doc_values", false));
        p.put("duplicateOf", keyword());
        p.put("duplicateSimilarity", type("float"));
        p.put("versionHashes", Map.of("type", "keyword", "index", false, "doc_values", false));
        return p;
    }

    private static Map<String, Object> passage() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("articleId", keyword());
        p.put("version", type("integer"));
        p.put("ordinal", type("integer"));
        p.put("kind", keyword());
        p.put("paragraph", type("integer"));
        p.put("start", type("integer"));
        p.put("end", type("integer"));
        p.put("text", text("standard"));
        p.put("title", text("standard"));
        p.put("url", Map.of("type", "keyword", "index", false));
        p.put("outlet", keyword());
        p.put("authors", keyword());
        p.put("published", type("date"));
        p.put("language", keyword());
        p.put("duplicateOf", keyword());
        // Queryable forms of the extracted facts ("passages mentioning a date in this window", "the number 23");
        // the full extractions (mention, offsets, precision, unit) stay in _source for display and agreement checks.
        p.put("dateRanges", Map.of("type", "date_range", "format", "strict_date"));
        p.put("numberValues", type("double"));
        p.put("dates", Map.of("type", "object", "enabled", false));
        p.put("numbers", Map.of("type", "object", "enabled", false));
        // Semantic enrichment, written by the embed stage after the lexical load (never by the loader): the
        // paragraph's vector, and the model that made it (a passage without it, or made by another model, is
        // embedded next). int8_hnsw: a quarter of the memory of float vectors for a small recall cost (BENCHMARKS.md).
        p.put(EmbeddingField.NAME, EmbeddingField.mapping());
        p.put(EmbeddingField.MODEL, keyword());
        return p;
    }

    private static Map<String, Object> claim() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("claimId", type("long"));
        // Term vectors let findSimilar compute a bounded cosine similarity from the index's own statistics.
        p.put("statement", Map.of("type", "text", "analyzer", "standard", "term_vector", "yes"));
        p.put("claimant", Map.of("type", "text", "fields", Map.of("keyword", keyword())));
        p.put("language", keyword());
        p.put("tags", keyword());
        p.put("status", keyword());
        // The statement's vector (same model and query form as a claim searching passages) for semantic matching.
        // Exact (flat) search: the claims index stays small, so kNN can afford to compare every vector.
        p.put(EmbeddingField.NAME, EmbeddingField.mapping(EmbeddingField.CLAIMS_INDEX_TYPE));
        p.put(EmbeddingField.MODEL, keyword());
        return p;
    }

    private static Map<String, Object> keyword() {
        return Map.of("type", "keyword");
    }

    private static Map<String, Object> type(String type) {
        return Map.of("type", type);
    }

    private static Map<String, Object> text(String analyzer) {
        return Map.of("type", "text", "analyzer", analyzer);
    }
}
