package org.factbench.indexer.ingest;

import java.time.Duration;

/** A snapshot of a running load, reported after every batch. */
public record LoadProgress(long read, long created, long updated, long unchanged, long duplicates, long failed,
                           long passages, Duration elapsed) {

    /** Articles finished either way. */
    public long done() {
        return created + updated + unchanged + failed;
    }
}
