package org.factbench.web;

import java.util.Map;
import org.factbench.indexer.local.FactbenchDataDirectory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code factbench.data-dir} always resolvable, with the launcher's per-user default, so the H2 database
 * ({@code ${factbench.data-dir}/db}) sits beside the local Elasticsearch node. Added last: any explicit setting
 * (property, {@code FACTBENCH_DATA_DIR}, command line) wins.
 */
final class DataDirectoryDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(FactbenchDataDirectory.PROPERTY) == null) {
            environment.getPropertySources().addLast(new MapPropertySource("factbenchDataDirectoryDefault",
                    Map.of(FactbenchDataDirectory.PROPERTY, FactbenchDataDirectory.resolve().toString())));
        }
    }

    @Override
    public int getOrder() {
        // After the indexer's aliases (FACTBENCH_DATA_DIR), which run at the lowest precedence too.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
