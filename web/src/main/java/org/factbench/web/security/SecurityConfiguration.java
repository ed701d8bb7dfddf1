package org.factbench.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Every view and endpoint needs a login, except the login view, Vaadin's own resources, the stylesheet and
 * the health status (whose details are shown only to logged-in users, see application.yml). Logins are
 * checked against core's {@code UserDirectory}, the only {@code UserDetailsService} bean.
 *
 * <p>CSRF: Vaadin's configurer would exempt the whole login path, so a foreign page could sign a browser in to an
 * account of the attacker's choosing (login CSRF). We configure CSRF ourselves instead: only Vaadin's internal
 * requests are exempt (they carry Vaadin's own per-UI token), and {@code POST /login} needs the Spring token, which
 * the login form sends from the page's {@code _csrf} meta tags. Repeated failed sign-ins are slowed down by
 * {@link LoginThrottle}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/factbench.css", "/icons/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginThrottleFilter(throttle, LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                // Vaadin denies any address that is no route: a logged-in user got a bare 403. Logged in, it reaches
                // Vaadin, which answers 404 with NotFoundView; logged out, it still leads to the login page.
                .anyRequest(url -> url.authenticated())
                .loginView(LoginView.class)).build();
    }
}
