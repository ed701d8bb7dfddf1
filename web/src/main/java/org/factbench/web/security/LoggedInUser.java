package org.factbench.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.user.UserSummary;
import org.springframework.stereotype.Component;

/** The logged-in user as core knows them, and logging out. */
@Component
public class LoggedInUser {

    private final AuthenticationContext authentication;
    private final UserDirectory users;

    LoggedInUser(AuthenticationContext authentication, UserDirectory users) {
        this.authentication = authentication;
        this.users = users;
    }

    public Optional<UserSummary> get() {
        return authentication.getPrincipalName().flatMap(users::find);
    }

    public void logout() {
        authentication.logout();
    }
}
