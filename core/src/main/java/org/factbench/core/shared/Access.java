package org.factbench.core.shared;

/**
 * The {@code @PreAuthorize} expressions of core's services. Spelled out per role instead of relying on a role
 * hierarchy bean, so the rule is visible at the method and does not depend on how the web tier is configured.
 */
public final class Access {

    public static final String CHECKER = "hasAnyRole('CHECKER','EDITOR','ADMIN')";
    public static final String EDITOR = "hasAnyRole('EDITOR','ADMIN')";
    public static final String ADMIN = "hasRole('ADMIN')";

    private Access() {
    }
}
