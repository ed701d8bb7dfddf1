package org.factbench.indexer.suggest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.factbench.core.suggestion.EvidenceSuggester;
import org.factbench.indexer.embed.BackgroundEmbedding;
import org.factbench.indexer.embed.EmbeddingProperties;
import org.factbench.indexer.embed.EmbeddingStage;
import org.factbench.indexer.embed.LazyEmbedder;
import org.factbench.indexer.embed.TextEmbedder;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.store.CorpusStoreConfiguration;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring wiring of suggestions: core's {@code EvidenceSuggester} on Elasticsearch, the embedding model (loaded on
 * first use) and the background embed stage, which starts once the corpus store is set up.
 */
@AutoConfiguration(after = CorpusStoreConfiguration.class)
@ConditionalOnBean(ElasticsearchClient.class)
@EnableConfigurationProperties(EmbeddingProperties.class)
public class SuggestionConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TextEmbedder textEmbedder() {
        return LazyEmbedder.bge();
    }

    @Bean
    @ConditionalOnMissingBean
    EmbeddingStage embeddingStage(ElasticsearchClient client, IndexNames names, TextEmbedder embedder,
                                  EmbeddingProperties properties) {
        return new EmbeddingStage(client, names, embedder, properties.batch());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    BackgroundEmbedding backgroundEmbedding(EmbeddingStage stage, ObjectProvider<CorpusStoreStartup> startup,
                                            EmbeddingProperties properties) {
        return new BackgroundEmbedding(stage, () -> {
            CorpusStoreStartup s = startup.getIfAvailable();
            return s == null || s.isReady();
        }, properties.interval());
    }

    @Bean
    ApplicationRunner backgroundEmbeddingStart(BackgroundEmbedding embedding, EmbeddingProperties properties) {
        return args -> {
            if (properties.enabled() && properties.background()) {
                embedding.start();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(EvidenceSuggester.class)
    ElasticsearchEvidenceSuggester evidenceSuggester(ElasticsearchClient client, IndexNames names, TextEmbedder embedder,
                                                     BackgroundEmbedding embedding, EmbeddingProperties properties) {
        return new ElasticsearchEvidenceSuggester(client, names, properties.enabled() ? embedder : null,
                embedding::progress);
    }
}
