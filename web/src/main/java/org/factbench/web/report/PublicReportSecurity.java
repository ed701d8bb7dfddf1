package org.factbench.web.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /public/report/**} is open to anyone, read-only: the token in the path is the permission, checked by
 * core's {@code PublicReportLinks}. Its own chain, before Vaadin's: no session is created or read (a logged-in
 * editor sees exactly what the public sees) and only GET is served.
 */
@Configuration
class PublicReportSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain publicReportFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public/report/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public/report/*").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .build();
    }
}
