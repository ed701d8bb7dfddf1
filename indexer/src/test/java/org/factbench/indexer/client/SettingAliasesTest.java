package org.factbench.indexer.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SettingAliasesTest {

    @Test
    void short_environment_names_bind_to_the_connection_settings() {
        ElasticsearchConnection connection = bind(Map.of(
                "FACTBENCH_ES_URIS", "https://es1:9200,https://es2:9200",
                "FACTBENCH_ES_USERNAME", "factbench",
                "FACTBENCH_ES_PASSWORD", "s3cret",
                "FACTBENCH_ES_CA_CERT", "/etc/factbench/ca.crt",
                "FACTBENCH_ES_PORT", "9250"), Map.of());

        assertThat(connection.uris()).containsExactly(URI.create("https://es1:9200"), URI.create("https://es2:9200"));
        assertThat(connection.username()).isEqualTo("factbench");
        assertThat(connection.password()).isEqualTo("s3cret");
        assertThat(connection.caCertificate()).isEqualTo(Path.of("/etc/factbench/ca.crt"));
        assertThat(connection.insecure()).isFalse();
        assertThat(connection.local().httpPort()).isEqualTo(9250);
        assertThat(connection.external()).isTrue();
        assertThat(connection.toString()).doesNotContain("s3cret");
    }

    @Test
    void they_rank_above_application_properties() {
        ElasticsearchConnection connection = bind(Map.of("FACTBENCH_ES_URIS", "http://from-env:9200"),
                Map.of("factbench.elasticsearch.uris", "http://from-file:9200"));

        assertThat(connection.uris()).containsExactly(URI.create("http://from-env:9200"));
    }

    @Test
    void nothing_configured_means_the_local_node_with_its_defaults() {
        ElasticsearchConnection connection = bind(Map.of(), Map.of());

        assertThat(connection.external()).isFalse();
        assertThat(connection.local().enabled()).isTrue();
        assertThat(connection.local().httpPort()).isEqualTo(9200);
        assertThat(connection.local().heap()).isEqualTo("512m");
    }

    private static ElasticsearchConnection bind(Map<String, Object> environment, Map<String, Object> applicationFile) {
        StandardEnvironment spring = new StandardEnvironment();
        var sources = spring.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environment));
        sources.addLast(new MapPropertySource("application.properties", applicationFile));
        SettingAliases.install(sources, environment);
        return new Binder(ConfigurationPropertySources.get(spring))
                .bindOrCreate("factbench.elasticsearch", ElasticsearchConnection.class);
    }
}
