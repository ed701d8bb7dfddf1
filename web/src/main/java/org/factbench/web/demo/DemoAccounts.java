package org.factbench.web.demo;

import java.util.List;
import org.factbench.core.user.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role: the only place they are defined. The bean exists only in the demo profile,
 * so neither the users nor their passwords exist anywhere else.
 */
@Component
@Profile(DemoAccounts.PROFILE)
public class DemoAccounts {

    public static final String PROFILE = "demo";

    public record DemoAccount(String username, String password, String displayName, Role role) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("checker", "checker", "Demo Checker", Role.CHECKER),
            new DemoAccount("editor", "editor", "Demo Editor", Role.EDITOR),
            new DemoAccount("admin", "admin", "Demo Admin", Role.ADMIN));

    public List<DemoAccount> all() {
        return ACCOUNTS;
    }
}
