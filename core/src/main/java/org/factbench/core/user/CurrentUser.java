package org.factbench.core.user;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account behind the current Spring Security authentication: the actor of every change. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;

    CurrentUser(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public UserAccount require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in first.");
        }
        return accounts.findByUsername(authentication.getName())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                        "The account " + authentication.getName() + " does not exist or is disabled."));
    }
}
