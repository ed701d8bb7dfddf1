package org.factbench.core.evidence;

import org.factbench.core.evidence.anchor.Reanchorer;
import org.factbench.core.evidence.anchor.Reanchoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnchoringConfiguration {

    @Bean
    Reanchoring reanchoring(AnchoringProperties properties) {
        return new Reanchorer(properties.minScore());
    }
}
