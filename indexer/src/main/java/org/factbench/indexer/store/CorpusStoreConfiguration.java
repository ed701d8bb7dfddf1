package org.factbench.indexer.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import org.factbench.indexer.claims.ElasticsearchClaimIndex;
import org.factbench.indexer.client.ElasticsearchConfiguration;
import org.factbench.indexer.client.ElasticsearchReadiness;
import org.factbench.indexer.embed.EmbeddingProperties;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.IndexRebuilder;
import org.factbench.indexer.ingest.SampleCorpus;
import org.factbench.indexer.parse.CorpusReader;
import org.factbench.indexer.parse.ParseSettings;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.search.CorpusStatistics;
import org.factbench.indexer.search.ElasticsearchSourceCorpus;
import org.factbench.indexer.segment.Segmenter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Spring wiring of the corpus store: {@link ElasticsearchSourceCorpus} (core's {@code SourceCorpus}),
 * {@link ElasticsearchClaimIndex} (core's {@code ClaimIndex}), {@link ArticleLoader} for uploads,
 * {@link SampleCorpus}, {@link IndexRebuilder}, {@link CorpusStatistics}, and {@link CorpusStoreStartup}, which
 * sets up the indices (and loads the sample corpus into an empty corpus) once Elasticsearch is ready, in the
 * background, so the application starts without waiting for it. The components are built by
 * {@link CorpusStoreWiring}, which the CLI uses too.
 */
@AutoConfiguration(after = ElasticsearchConfiguration.class)
@ConditionalOnBean(ElasticsearchClient.class)
@EnableConfigurationProperties(IndexerProperties.class)
public class CorpusStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IndexNames indexNames(IndexerProperties properties) {
        return CorpusStoreWiring.names(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    SchemaManager schemaManager(ElasticsearchClient client, IndexNames names, IndexerProperties properties) {
        return CorpusStoreWiring.schema(client, names, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    CorpusReader corpusReader(ObjectProvider<ParseSettings> settings) {
        return CorpusStoreWiring.reader(settings.getIfAvailable(ParseSettings::defaults));
    }

    @Bean
    @ConditionalOnMissingBean
    Segmenter segmenter() {
        return CorpusStoreWiring.segmenter();
    }

    @Bean
    @ConditionalOnMissingBean
    ArticleLoader articleLoader(ElasticsearchClient client, SchemaManager schema, CorpusReader reader,
                                Segmenter segmenter, IndexerProperties properties, ObjectProvider<Clock> clock,
                                ApplicationEventPublisher events) {
        return CorpusStoreWiring.loader(client, schema, reader, segmenter, properties,
                clock.getIfAvailable(Clock::systemUTC), events::publishEvent);
    }

    @Bean
    @ConditionalOnMissingBean
    ElasticsearchSourceCorpus sourceCorpus(ElasticsearchClient client, IndexNames names) {
        return new ElasticsearchSourceCorpus(client, names);
    }

    @Bean
    @ConditionalOnMissingBean
    ElasticsearchClaimIndex claimIndex(ElasticsearchClient client, IndexNames names,
                                       ObjectProvider<TextEmbedder> embedder, ObjectProvider<EmbeddingProperties> embedding) {
        // The passage model (SuggestionConfiguration's, loaded on first use) also matches claims by meaning, unless
        // factbench.embedding.enabled=false.
        EmbeddingProperties settings = embedding.getIfAvailable();
        boolean enabled = settings == null || settings.enabled();
        return new ElasticsearchClaimIndex(client, names, enabled ? embedder.getIfAvailable() : null);
    }

    @Bean
    @ConditionalOnMissingBean
    org.factbench.core.intake.CorpusIntake corpusIntake(ArticleLoader loader) {
        return new ElasticsearchCorpusIntake(loader);
    }

    @Bean
    @ConditionalOnMissingBean
    SampleCorpus sampleCorpus(ArticleLoader loader) {
        return new SampleCorpus(loader);
    }

    @Bean
    @ConditionalOnMissingBean
    IndexRebuilder indexRebuilder(ElasticsearchClient client, SchemaManager schema, Segmenter segmenter,
                                  IndexerProperties properties, ObjectProvider<Clock> clock) {
        return CorpusStoreWiring.rebuilder(client, schema, segmenter, properties, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    CorpusStatistics corpusStatistics(ElasticsearchClient client, SchemaManager schema) {
        return CorpusStoreWiring.statistics(client, schema);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CorpusStoreStartup corpusStoreStartup(SchemaManager schema, SampleCorpus sampleCorpus,
                                          ObjectProvider<ElasticsearchReadiness> readiness, IndexerProperties properties) {
        return new CorpusStoreStartup(schema, sampleCorpus, readiness.getIfAvailable(), properties.setupOnStart(),
                properties.loadSampleCorpus());
    }
}
