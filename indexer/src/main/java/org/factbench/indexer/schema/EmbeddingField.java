package org.factbench.indexer.schema;

import java.util.Map;

/** The passage vector field: its name, size and index options (shared by the mapping, the embed stage and kNN). */
public final class EmbeddingField {

    public static final String NAME = "embedding";
    public static final String MODEL = "embeddedWith";
    /** bge-small-en-v1.5's output size. */
    public static final int DIMENSIONS = 384;
    /** hnsw, int8_hnsw, int4_hnsw, bbq_hnsw, flat, int8_flat...; see BENCHMARKS.md for what each costs in recall. */
    public static final String DEFAULT_INDEX_TYPE = "int8_hnsw";
    /** Claims: int8 vectors searched exhaustively (thousands of claims, not hundreds of thousands of passages). */
    public static final String CLAIMS_INDEX_TYPE = "int8_flat";

    private EmbeddingField() {
    }

    static Map<String, Object> mapping() {
        return mapping(DEFAULT_INDEX_TYPE);
    }

    public static Map<String, Object> mapping(String indexType) {
        return Map.of("type", "dense_vector", "dims", DIMENSIONS, "index", true, "similarity", "cosine",
                "index_options", Map.of("type", indexType));
    }
}
