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
import org.factbench.indexer.parse.ParseSettings;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.search.CorpusStatistics;
import org.factbench.indexer.store.CorpusStoreWiring;
import org.factbench.indexer.store.IndexerProperties;
import org.springframework.core.env.Environment;

/**
 * The corpus store for one CLI command, without Spring: the configured cluster (or the local node, started or
 * attached to), the indices set up, and the components built on them by the application's own wiring
 * ({@link CorpusStoreWiring}) from the same properties. Closing it stops a local node that this
 * command started.
 */
final class Store implements AutoCloseable {

    private final ElasticsearchTarget target;
    private final IndexerProperties properties;
    private final ParseSettings parse;
    final SchemaManager schema;

    private Store(ElasticsearchTarget target, IndexerProperties properties, ParseSettings parse) {
        this.target = target;
        this.properties = properties;
        this.parse = parse;
        this.schema = CorpusStoreWiring.schema(target.client(), CorpusStoreWiring.names(properties), properties);
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
            // The application's settings (factbench.indexer.*, factbench.parse.*), bound from system properties and
            // the environment; --index-prefix wins when given.
            Environment environment = CorpusStoreWiring.systemEnvironment();
            IndexerProperties properties = CorpusStoreWiring.indexerProperties(environment);
            if (options.indexPrefix != null) {
                properties = properties.withIndexPrefix(options.indexPrefix);
            }
            Store store = new Store(target, properties, CorpusStoreWiring.parseSettings(environment));
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

    ArticleLoader loader() {
        return CorpusStoreWiring.loader(client(), schema, CorpusStoreWiring.reader(parse), CorpusStoreWiring.segmenter(),
                properties, Clock.systemUTC(), revised -> {
                });
    }

    IndexRebuilder rebuilder() {
        return CorpusStoreWiring.rebuilder(client(), schema, CorpusStoreWiring.segmenter(), properties, Clock.systemUTC());
    }

    CorpusStatistics statistics() {
        return CorpusStoreWiring.statistics(client(), schema);
    }

    @Override
    public void close() {
        target.close();
    }
}
