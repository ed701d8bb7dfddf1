package org.factbench.core.user;

/** Who did something, as records show it. */
public record UserRef(long id, String username, String displayName) {
}
