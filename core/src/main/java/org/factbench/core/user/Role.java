package org.factbench.core.user;

/** What a user may do. Editors can do everything checkers can; admins everything editors can. */
public enum Role {
    CHECKER,
    EDITOR,
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
