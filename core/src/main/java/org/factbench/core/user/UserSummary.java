package org.factbench.core.user;

/** A user as the UI and API see it: never the password hash. */
public record UserSummary(long id, String username, String displayName, Role role, boolean enabled) {

    public static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isEnabled());
    }
}
