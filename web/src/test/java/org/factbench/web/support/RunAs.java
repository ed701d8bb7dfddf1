package org.factbench.web.support;

import java.util.function.Supplier;
import org.factbench.web.security.SystemAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Does something as another user, the way that user's own request would: core's services then check that user's
 * role and record them as the actor. The test's own user is back afterwards. The same switch the app's background
 * work uses ({@link SystemAuthority#asUser}).
 */
public final class RunAs {

    private final SystemAuthority authority;

    public RunAs(UserDetailsService users) {
        this.authority = new SystemAuthority(users);
    }

    public <T> T user(String username, Supplier<T> action) {
        return authority.asUser(username, action);
    }

    public void user(String username, Runnable action) {
        user(username, () -> {
            action.run();
            return null;
        });
    }
}
