package org.factbench.indexer.embed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the semantic side ({@code factbench.embedding.*}).
 *
 * @param enabled    vectors for suggestions at all (false: suggestions are lexical only, nothing is embedded)
 * @param background embed the corpus in the background while the application runs
 * @param interval   how often the background stage looks for passages loaded since its last pass
 * @param batch      passages per model call and bulk write
 */
@ConfigurationProperties("factbench.embedding")
public record EmbeddingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("true") boolean background,
        @DefaultValue("30s") Duration interval,
        @DefaultValue("32") int batch) {
}
