package org.factbench.indexer.parse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ParseSettings} for the {@link FormatDetectingCorpusReader} component. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParseSettings.class)
class ParseConfiguration {
}
