package org.factbench.core.config;

import java.time.Clock;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Everything core needs, for an application to {@code @Import}. It scans core's services, entities and
 * repositories and turns on method security, which is where every core operation is authorized.
 * The application supplies a {@code SourceCorpus} and a {@code ClaimIndex} (the indexer does) and must not
 * enable method security a second time.
 */
@Configuration(proxyBeanMethods = false)
// TypeExcludeFilter keeps test-only configurations (@TestConfiguration) out, as @SpringBootApplication does.
@ComponentScan(basePackages = "org.factbench.core",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EntityScan("org.factbench.core")
@EnableJpaRepositories("org.factbench.core")
@ConfigurationPropertiesScan("org.factbench.core")
@EnableMethodSecurity
@EnableTransactionManagement
public class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Stores {@code {bcrypt}...} hashes and still reads any format Spring Security knows, so hashes can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
