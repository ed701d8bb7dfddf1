package org.factbench.indexer.embed;

import java.util.List;
import java.util.function.Supplier;
import org.factbench.indexer.schema.EmbeddingField;

/** Loads the model on first use, so the application starts without waiting for it (a second or two). */
public final class LazyEmbedder implements TextEmbedder {

    private final Supplier<TextEmbedder> loader;
    private final String model;
    private volatile TextEmbedder loaded;

    public LazyEmbedder(String model, Supplier<TextEmbedder> loader) {
        this.model = model;
        this.loader = loader;
    }

    public static LazyEmbedder bge() {
        return new LazyEmbedder(BgeSmallEmbedder.MODEL, BgeSmallEmbedder::shared);
    }

    private TextEmbedder get() {
        TextEmbedder e = loaded;
        if (e == null) {
            synchronized (this) {
                e = loaded;
                if (e == null) {
                    e = loader.get();
                    loaded = e;
                }
            }
        }
        return e;
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimensions() {
        return EmbeddingField.DIMENSIONS;
    }

    @Override
    public List<float[]> embedPassages(List<PassageText> passages) {
        return get().embedPassages(passages);
    }

    @Override
    public float[] embedQuery(String text) {
        return get().embedQuery(text);
    }
}
