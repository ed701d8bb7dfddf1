package org.factbench.core.suggestion;

/**
 * The semantic enrichment of the corpus: {@code embedded} of {@code total} passages carry a vector.
 *
 * @param perSecond passages embedded per second in the running (or last) pass, 0 when none ran
 * @param running   a pass is under way
 * @param model     the embedding model, e.g. "bge-small-en-v1.5-q"
 */
public record EmbeddingProgress(long embedded, long total, double perSecond, boolean running, String model) {

    public static final EmbeddingProgress UNKNOWN = new EmbeddingProgress(0, 0, 0, false, "");

    public boolean complete() {
        return total > 0 && embedded >= total;
    }

    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, embedded * 100 / total);
    }
}
