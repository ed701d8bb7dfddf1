package org.factbench.web.live;

/** Someone who has a claim open, in one tab or several. */
public record PresentUser(String username, String displayName) {
}
