package org.factbench.indexer.ingest;

import java.time.Duration;
import java.util.Map;
import org.factbench.indexer.schema.IndexNames.Kind;

/** What a rebuild replaced with what, and how much it copied. */
public record RebuildSummary(Map<Kind, String> from, Map<Kind, String> to, long articles, long versions, long passages,
                             long claims, Duration elapsed) {

    public RebuildSummary {
        from = Map.copyOf(from);
        to = Map.copyOf(to);
    }
}
