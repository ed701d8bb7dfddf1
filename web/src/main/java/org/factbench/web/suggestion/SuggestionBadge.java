package org.factbench.web.suggestion;

/**
 * One badge under a suggestion: a fact compared with the claim ({@code agreement} "agrees", "less_precise",
 * "differs", with {@code hint} saying it is automatic) or why it was suggested ({@code agreement} "why", no hint).
 * Public only because Flow serializes renderer properties by reflection, which cannot reach a type that is not.
 */
public record SuggestionBadge(String text, String agreement, String hint) {
}
