package org.factbench.indexer.ingest;

import org.factbench.indexer.parse.ReadOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's own sample articles ({@code indexer/src/main/resources/sample-corpus/}), loaded at every demo
 * start so that a fresh installation has something to search. Loading them again is a no-op for unchanged
 * articles, so a first load that was interrupted is simply completed by the next start.
 */
public class SampleCorpus {

    public static final String LOCATION = "sample-corpus";

    private static final Logger log = LoggerFactory.getLogger(SampleCorpus.class);

    private final ArticleLoader loader;

    public SampleCorpus(ArticleLoader loader) {
        this.loader = loader;
    }

    public LoadSummary load(ProgressListener listener) {
        LoadSummary summary = loader.loadResources(LOCATION, ReadOptions.defaults(), listener);
        log.info("Sample corpus: {} new, {} unchanged, {} failed", summary.created(), summary.unchanged(),
                summary.failedCount());
        summary.failed().forEach(f -> log.warn("Sample corpus: {}: {}", f.source(), f.reason()));
        return summary;
    }
}
