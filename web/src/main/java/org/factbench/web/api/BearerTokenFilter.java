package org.factbench.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.user.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns {@code Authorization: Bearer <token>} into the token owner's authentication, with the roles the
 * directory gives that user now (a demoted user's token loses the rights at once). A header that is present but
 * wrong is answered 401 here, so a program learns its token is bad instead of being treated as anonymous.
 * Not a Spring bean on purpose: Boot would register it for every request, not only for the API chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserDirectory users;
    private final ApiProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, UserDirectory users, ApiProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> owner = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (owner.isEmpty()) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid API token",
                    "The Authorization header does not carry a valid, unrevoked Factbench API token (Bearer fbt_...). "
                            + "Create one under API tokens in the app.");
            return;
        }
        UserDetails user = users.loadUserByUsername(owner.get());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
