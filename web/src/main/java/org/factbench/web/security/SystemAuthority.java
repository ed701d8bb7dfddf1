package org.factbench.web.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs background work under an identity, because core checks a role on every call: either as a named user
 * (whose name then stands in the audit trail) or as the application itself for repairs that change nothing a
 * user owns (re-indexing). The caller's own security context is restored afterwards. Tests act as other users
 * through it too (web.support.RunAs).
 */
@Component
public class SystemAuthority {

    private final UserDetailsService users;

    /** @param users core's {@code UserDirectory}, the only {@code UserDetailsService} bean */
    public SystemAuthority(UserDetailsService users) {
        this.users = users;
    }

    public <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    public <T> T asApplication(Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated("factbench", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), work);
    }

    private static <T> T as(Authentication who, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
