package org.factbench.web.api;

import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.user.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/**} is for programs: authenticated by an API token in {@code Authorization: Bearer ...} only,
 * never by the browser's session cookie. Because no cookie can authenticate a call here, cross-site request
 * forgery has nothing to ride on, and CSRF tokens (which programs could not send) are off for this chain alone.
 * Ordered before Vaadin's chain, which keeps everything else.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, UserDirectory users,
            JsonMapper json) throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses(json);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    /**
     * The OpenAPI description: for a program with its token, and for a logged-in person (Swagger UI fetches it
     * with the session cookie). Read-only, so accepting the session here opens nothing to forgery.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http, ApiTokens tokens, UserDirectory users,
            JsonMapper json) throws Exception {
        ApiProblemResponses problems = new ApiProblemResponses(json);
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthenticated))
                .build();
    }
}
