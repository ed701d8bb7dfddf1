package org.factbench.core.evidence.anchor;

/** W3C Web Annotation TextQuoteSelector: the quoted text with up to 32 characters of context on each side. */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public static final int CONTEXT_LENGTH = 32;

    public TextQuoteSelector {
        if (exact == null || exact.isEmpty()) throw new IllegalArgumentException("a quote cannot be empty");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}
