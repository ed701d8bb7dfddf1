package org.factbench.indexer.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.factbench.indexer.local.FactbenchDataDirectory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * Short environment variable names for the Elasticsearch settings ({@code FACTBENCH_ES_URIS} rather than
 * {@code FACTBENCH_ELASTICSEARCH_URIS}). They rank like environment variables: above application properties,
 * below system properties and the long environment names.
 */
public final class SettingAliases implements EnvironmentPostProcessor, Ordered {

    /** Environment variable to property name. */
    public static final Map<String, String> ALIASES = aliases();

    static final String SOURCE_NAME = "factbenchEnvironmentAliases";

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put("FACTBENCH_ES_URIS", "factbench.elasticsearch.uris");
        aliases.put("FACTBENCH_ES_USERNAME", "factbench.elasticsearch.username");
        aliases.put("FACTBENCH_ES_PASSWORD", "factbench.elasticsearch.password");
        aliases.put("FACTBENCH_ES_API_KEY", "factbench.elasticsearch.api-key");
        aliases.put("FACTBENCH_ES_CA_CERT", "factbench.elasticsearch.ca-certificate");
        aliases.put("FACTBENCH_ES_CA_FINGERPRINT", "factbench.elasticsearch.ca-fingerprint");
        aliases.put("FACTBENCH_ES_INSECURE", "factbench.elasticsearch.insecure");
        aliases.put("FACTBENCH_ES_LOCAL", "factbench.elasticsearch.local.enabled");
        aliases.put("FACTBENCH_ES_PORT", "factbench.elasticsearch.local.http-port");
        aliases.put("FACTBENCH_ES_HEAP", "factbench.elasticsearch.local.heap");
        aliases.put("FACTBENCH_ES_DISTRIBUTION", "factbench.elasticsearch.local.distribution");
        aliases.put(FactbenchDataDirectory.ENVIRONMENT_VARIABLE, FactbenchDataDirectory.PROPERTY);
        return Map.copyOf(aliases);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        install(environment.getPropertySources(), environment.getSystemEnvironment());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static void install(MutablePropertySources sources, Map<String, Object> systemEnvironment) {
        Map<String, Object> values = new LinkedHashMap<>();
        ALIASES.forEach((variable, property) -> {
            Object value = systemEnvironment.get(variable);
            if (value != null && !value.toString().isBlank()) {
                values.put(property, value);
            }
        });
        if (values.isEmpty() || sources.contains(SOURCE_NAME)) {
            return;
        }
        MapPropertySource aliases = new MapPropertySource(SOURCE_NAME, values);
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, aliases);
        } else {
            sources.addLast(aliases);
        }
    }

    /** Binds settings from system properties and the environment (with the aliases), without a Spring context. */
    static <T> T bindFromSystem(String prefix, Class<T> type) {
        StandardEnvironment environment = new StandardEnvironment();
        install(environment.getPropertySources(), environment.getSystemEnvironment());
        return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate(prefix, type);
    }
}
