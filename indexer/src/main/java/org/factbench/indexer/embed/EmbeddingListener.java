package org.factbench.indexer.embed;

/** Progress of an embed pass, called on the pass's thread. */
public interface EmbeddingListener {

    EmbeddingListener NONE = new EmbeddingListener() {
    };

    /** @param pending passages without a vector of this model when the pass started */
    default void started(long pending) {
    }

    /** After every batch: {@code done} of {@code pending} so far, at {@code perSecond} over the whole pass. */
    default void progress(long done, long pending, double perSecond) {
    }
}
