package org.factbench.web.live;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Another person acting while the browserless test's UI belongs to the logged-in test user: their calls run on a
 * thread of their own, with only their authentication, the way a second browser's requests would.
 */
final class AsUser {

    private AsUser() {
    }

    static <T> T run(String username, String role, Supplier<T> action) {
        try (var thread = Executors.newSingleThreadExecutor()) {
            return thread.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
                try {
                    return action.get();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
