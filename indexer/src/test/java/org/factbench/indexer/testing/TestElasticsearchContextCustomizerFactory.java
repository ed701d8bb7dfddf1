package org.factbench.indexer.testing;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of a module that has the indexer test-jar at {@link TestElasticsearch}, so no
 * test ever starts (or attaches to) the developer's own local node on port 9200. The node is started only when the
 * context reads {@code factbench.elasticsearch.uris}. Registered in {@code META-INF/spring.factories}.
 */
public class TestElasticsearchContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new LazyTestElasticsearchProperties());
        }

        // All instances are equal: contexts that differ only by this customizer share Spring's context cache.
        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    private static final class LazyTestElasticsearchProperties extends EnumerablePropertySource<Object> {

        private static final String URIS = "factbench.elasticsearch.uris";
        private static final String LOCAL_ENABLED = "factbench.elasticsearch.local.enabled";

        LazyTestElasticsearchProperties() {
            super("testElasticsearch", new Object());
        }

        @Override
        public String[] getPropertyNames() {
            return new String[] {URIS, LOCAL_ENABLED};
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case URIS -> TestElasticsearch.uri().toString();
                case LOCAL_ENABLED -> "false";
                default -> null;
            };
        }
    }
}
