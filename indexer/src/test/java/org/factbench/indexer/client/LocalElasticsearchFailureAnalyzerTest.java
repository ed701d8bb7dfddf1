package org.factbench.indexer.client;

import org.factbench.indexer.local.LocalElasticsearchException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class LocalElasticsearchFailureAnalyzerTest {

    @Test
    void a_node_that_cannot_start_becomes_a_short_report_with_the_launcher_message() {
        var cause = new LocalElasticsearchException(LocalElasticsearchException.Problem.PORT_IN_USE,
                "Port 9200 on 127.0.0.1 is already in use by another program.");
        var failure = new BeanCreationException("elasticsearchTarget", "Failed to instantiate", cause);

        FailureAnalysis analysis = new LocalElasticsearchFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("Port 9200 on 127.0.0.1 is already in use");
        assertThat(analysis.getAction()).contains("FACTBENCH_ES_URIS");
    }

    @Test
    void spring_boot_finds_the_analyzer_and_the_environment_aliases() {
        SpringFactoriesLoader loader = SpringFactoriesLoader.forDefaultResourceLocation();
        // Boot's own analyzers need constructor arguments a plain load cannot give; they do not matter here.
        SpringFactoriesLoader.FailureHandler skip = SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> { });

        assertThat(loader.load(FailureAnalyzer.class, skip))
                .anySatisfy(analyzer -> assertThat(analyzer).isInstanceOf(LocalElasticsearchFailureAnalyzer.class));
        assertThat(loader.load(EnvironmentPostProcessor.class, skip))
                .anySatisfy(processor -> assertThat(processor).isInstanceOf(SettingAliases.class));
    }
}
