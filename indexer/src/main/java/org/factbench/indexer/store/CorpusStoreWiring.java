package org.factbench.indexer.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.function.Consumer;
import org.factbench.core.corpus.ArticleRevised;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.IndexRebuilder;
import org.factbench.indexer.parse.CorpusReader;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.parse.ParseSettings;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.search.CorpusStatistics;
import org.factbench.indexer.segment.Segmenter;
import org.factbench.indexer.segment.TextSegmenter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * The one wiring of the corpus store, from the bound properties ({@link IndexerProperties}, {@link ParseSettings}):
 * {@link CorpusStoreConfiguration} builds its beans with it, and the CLI, which runs without Spring, builds the same
 * components with it from the same properties bound from system properties and the environment. So a setting means
 * the same in the application and on the command line, and a default is written once (the properties' own).
 */
public final class CorpusStoreWiring {

    private CorpusStoreWiring() {
    }

    /** The settings as the application binds them ({@code factbench.indexer.*}), from any environment. */
    public static IndexerProperties indexerProperties(Environment environment) {
        return Binder.get(environment).bindOrCreate("factbench.indexer", IndexerProperties.class);
    }

    /** {@code factbench.parse.*}, bound the same way. */
    public static ParseSettings parseSettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("factbench.parse", ParseSettings.class);
    }

    /** System properties and environment variables ({@code FACTBENCH_INDEXER_INDEX_PREFIX}, ...), for the CLI. */
    public static Environment systemEnvironment() {
        return new StandardEnvironment();
    }

    public static IndexNames names(IndexerProperties properties) {
        return new IndexNames(properties.indexPrefix());
    }

    public static SchemaManager schema(ElasticsearchClient client, IndexNames names, IndexerProperties properties) {
        return new SchemaManager(client, names, properties.schemaSettings());
    }

    public static CorpusReader reader(ParseSettings settings) {
        return new FormatDetectingCorpusReader(settings);
    }

    public static Segmenter segmenter() {
        return new TextSegmenter();
    }

    public static ArticleLoader loader(ElasticsearchClient client, SchemaManager schema, CorpusReader reader,
                                       Segmenter segmenter, IndexerProperties properties, Clock clock,
                                       Consumer<ArticleRevised> revisions) {
        return new ArticleLoader(client, schema, reader, segmenter, properties.ingest().settings(), clock, revisions);
    }

    public static IndexRebuilder rebuilder(ElasticsearchClient client, SchemaManager schema, Segmenter segmenter,
                                           IndexerProperties properties, Clock clock) {
        return new IndexRebuilder(client, schema, segmenter, properties.ingest().settings(), clock);
    }

    public static CorpusStatistics statistics(ElasticsearchClient client, SchemaManager schema) {
        return new CorpusStatistics(client, schema);
    }
}
