package org.factbench.indexer.ingest;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one load.
 *
 * @param read        articles the readers produced plus inputs that could not be read
 * @param created     articles stored for the first time
 * @param updated     articles whose content changed: stored as a new version, the old one kept
 * @param unchanged   articles already stored with the same content (no-op)
 * @param duplicates  of created + updated, how many were linked as near-duplicates of another article
 * @param failed      inputs or articles that were not stored, with the reason
 * @param failedCount how many failed (the list keeps the first {@link #MAX_LISTED_FAILURES})
 * @param passages    passages written for created and updated articles
 * @param notes       non-fatal remarks, e.g. "decoded as windows-1252" (first {@link #MAX_LISTED_FAILURES})
 * @param waits       where the loading thread waited: what limited the load
 */
public record LoadSummary(long read, long created, long updated, long unchanged, long duplicates,
                          List<Failure> failed, long failedCount, long passages, List<Note> notes, Duration elapsed,
                          Waits waits) {

    /**
     * Time the loading thread spent waiting.
     *
     * @param input   for the next article to be read and segmented (reading or segmenting is the limit)
     * @param bulk    for room in the bulk buffer (Elasticsearch's indexing is the limit)
     * @param lookups for existing versions and near-duplicate candidates
     */
    public record Waits(Duration input, Duration bulk, Duration lookups) {
    }

    public static final int MAX_LISTED_FAILURES = 10_000;

    /** Why one file, record or article was not stored. */
    public record Failure(String source, String reason) {
    }

    /** A remark about an article that was stored. */
    public record Note(String source, String note) {
    }

    public LoadSummary {
        failed = List.copyOf(failed);
        notes = List.copyOf(notes);
    }

    public boolean hasFailures() {
        return failedCount > 0;
    }

    /** Articles looked at per second (stored, updated or found unchanged). */
    public double articlesPerSecond() {
        return perSecond(created + updated + unchanged);
    }

    public double passagesPerSecond() {
        return perSecond(passages);
    }

    private double perSecond(long count) {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
