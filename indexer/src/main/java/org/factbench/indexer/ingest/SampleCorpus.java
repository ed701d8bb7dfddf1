package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project's own sample articles ({@code indexer/src/main/resources/sample-corpus/}), loaded on a first
 * start so that a fresh installation has something to search. Loading them again is a no-op.
 */
public class SampleCorpus {

    public static final String LOCATION = "sample-corpus";

    private static final Logger log = LoggerFactory.getLogger(SampleCorpus.class);

    private final ArticleLoader loader;
    private final ElasticsearchClient client;
    private final IndexNames names;

    public SampleCorpus(ArticleLoader loader, ElasticsearchClient client, IndexNames names) {
        this.loader = loader;
        this.client = client;
        this.names = names;
    }

    public LoadSummary load(ProgressListener listener) {
        LoadSummary summary = loader.loadResources(LOCATION, ReadOptions.defaults(), listener);
        log.info("Sample corpus: {} new, {} unchanged, {} failed", summary.created(), summary.unchanged(),
                summary.failedCount());
        summary.failed().forEach(f -> log.warn("Sample corpus: {}: {}", f.source(), f.reason()));
        return summary;
    }

    /** Loads the sample corpus only into an empty corpus: a first start. */
    public Optional<LoadSummary> loadIfEmpty(ProgressListener listener) {
        try {
            client.indices().refresh(r -> r.index(names.articles()));
            long articles = client.count(c -> c.index(names.articles())).count();
            if (articles > 0) {
                log.debug("Corpus holds {} articles; sample corpus not loaded", articles);
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(load(listener));
    }
}
