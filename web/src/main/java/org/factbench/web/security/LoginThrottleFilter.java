package org.factbench.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in ({@code POST /login}) before the password is checked while {@link LoginThrottle} says so, and
 * sends the browser back to the login page with the reason and the wait ({@code ?refused=account&minutes=12}).
 * Not a bean: it belongs to the security chain only, not to every request.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String REFUSED = "refused";
    static final String MINUTES = "minutes";
    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final String loginPath;

    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !loginPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<LoginThrottle.Refusal> refusal = throttle.refusal(username, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Sign-in for '{}' from {} refused for {} more minutes: too many failed sign-ins for this {}",
                LoginThrottle.printable(username), request.getRemoteAddr(), refusal.get().minutes(), refusal.get().scope().name().toLowerCase());
        response.sendRedirect(request.getContextPath() + loginPath + "?" + REFUSED + "="
                + refusal.get().scope().name().toLowerCase() + "&" + MINUTES + "=" + refusal.get().minutes());
    }
}
