package org.factbench.indexer.embed;

import java.time.Duration;

/**
 * One embed pass.
 *
 * @param embedded passages that got a vector
 * @param vanished passages deleted while the pass ran (their article was replaced): nothing to embed
 * @param stopped  the pass was stopped before the end (it resumes where it stopped)
 */
public record EmbeddingSummary(long pending, long embedded, long vanished, Duration took, boolean stopped) {

    public double perSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : embedded / seconds;
    }
}
