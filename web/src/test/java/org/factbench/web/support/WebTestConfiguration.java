package org.factbench.web.support;

import java.nio.file.Path;
import java.util.List;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.review.ReviewService;
import org.factbench.indexer.client.ElasticsearchTarget;
import org.factbench.indexer.testing.TestElasticsearch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Routes the application's Elasticsearch traffic through a {@link CuttableProxy} in front of the test JVM's
 * real node, so a test can take Elasticsearch away from the application (and give it back) while every other
 * part stays real.
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

    /** Claims in a given state, for any web test: {@code @Autowired ClaimFixtures fixtures}. */
    @Bean
    ClaimFixtures claimFixtures(ClaimService claims, ReviewService review, EvidenceService evidence, SourceCorpus corpus) {
        return new ClaimFixtures(claims, review, evidence, corpus);
    }

    @Bean(destroyMethod = "close")
    CuttableProxy elasticsearchProxy() {
        return new CuttableProxy(TestElasticsearch.uri().getHost(), TestElasticsearch.uri().getPort());
    }

    @Bean(destroyMethod = "close")
    ElasticsearchTarget elasticsearchTarget(CuttableProxy proxy) {
        java.net.URI proxied = java.net.URI.create("http://127.0.0.1:" + proxy.port());
        return ElasticsearchTarget.open(TestElasticsearch.connection().withUris(List.of(proxied)),
                Path.of("target", "test-data"));
    }
}
