package org.factbench.indexer.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.factbench.indexer.client.ElasticsearchConnection;
import org.factbench.indexer.client.ElasticsearchTarget;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.IndexRebuilder;
import org.factbench.indexer.ingest.IngestSettings;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.schema.SchemaSettings;
import org.factbench.indexer.search.CorpusStatistics;
import org.factbench.indexer.segment.TextSegmenter;

/**
 * The corpus store for one CLI command, without Spring: the configured cluster (or the local node, started or
 * attached to), the indices set up, and the components built on them. Closing it stops a local node that this
 * command started.
 */
final class Store implements AutoCloseable {

    private final ElasticsearchTarget target;
    final SchemaManager schema;

    private Store(ElasticsearchTarget target, IndexNames names) {
        this.target = target;
        this.schema = new SchemaManager(target.client(), names, SchemaSettings.DEFAULT);
    }

    static Store open(GlobalOptions options, PrintWriter err) {
        ElasticsearchConnection connection = ElasticsearchConnection.fromSystem();
        if (options.esUrl != null) {
            connection = connection.withUris(List.of(URI.create(options.esUrl)));
        }
        if (!connection.external()) {
            err.println("Starting (or attaching to) the local Elasticsearch node...");
            err.flush();
        }
        ElasticsearchTarget target = ElasticsearchTarget.open(connection);
        try {
            Duration wait = Duration.ofSeconds(options.esWaitSeconds);
            if (!target.awaitReady(wait)) {
                throw new IllegalStateException("Elasticsearch at " + target.connection().uris()
                        + " is not ready after " + wait.toSeconds() + " s. Check that it runs, or set FACTBENCH_ES_URIS.");
            }
            Store store = new Store(target, new IndexNames(options.indexPrefix));
            store.schema.ensure();
            return store;
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    ElasticsearchClient client() {
        return target.client();
    }

    String where() {
        return target.connection().uris() + (target.localNode().isPresent() ? " (local node)" : "");
    }

    ArticleLoader loader(IngestSettings settings) {
        return new ArticleLoader(client(), schema, new FormatDetectingCorpusReader(), new TextSegmenter(), settings,
                Clock.systemUTC());
    }

    IndexRebuilder rebuilder() {
        return new IndexRebuilder(client(), schema, new TextSegmenter(), IngestSettings.DEFAULT, Clock.systemUTC());
    }

    CorpusStatistics statistics() {
        return new CorpusStatistics(client(), schema);
    }

    @Override
    public void close() {
        target.close();
    }
}
