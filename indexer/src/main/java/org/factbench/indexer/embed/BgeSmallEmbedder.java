package org.factbench.indexer.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.indexer.schema.EmbeddingField;

/**
 * bge-small-en-v1.5, int8-quantized, run in-process by ONNX Runtime from the LangChain4j jar (nothing is
 * downloaded). English only: other languages get vectors too, but of little use (see SUGGESTIONS.md). One model per
 * JVM ({@link #shared()}): loading takes a second or two and ~130 MB, and the ONNX session is thread-safe.
 */
public final class BgeSmallEmbedder implements TextEmbedder {

    public static final String MODEL = "bge-small-en-v1.5-q";
    /** bge's instruction for the query side of asymmetric retrieval (passages take none). */
    static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private static volatile BgeSmallEmbedder shared;

    private final BgeSmallEnV15QuantizedEmbeddingModel model;

    private BgeSmallEmbedder(int threads) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factbench-embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.model = new BgeSmallEnV15QuantizedEmbeddingModel(pool);
    }

    /** The JVM's model, loaded on first use; {@code embedPassages} runs one ONNX call per core at a time. */
    public static BgeSmallEmbedder shared() {
        BgeSmallEmbedder instance = shared;
        if (instance == null) {
            synchronized (BgeSmallEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new BgeSmallEmbedder(Math.max(1, Runtime.getRuntime().availableProcessors()));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimensions() {
        return EmbeddingField.DIMENSIONS;
    }

    @Override
    public List<float[]> embedPassages(List<PassageText> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(passages.size());
        for (PassageText passage : passages) {
            segments.add(TextSegment.from(passage.withContext()));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(embedding.vector());
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embed(QUERY_PREFIX + text).content().vector();
    }
}
