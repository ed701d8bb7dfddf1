package org.factbench.core.evidence.anchor;

/** Where a piece of evidence sits in one article version: both selectors, as the Web Annotation model keeps them. */
public record TextAnchor(TextQuoteSelector quote, TextPositionSelector position) {

    /** Builds the anchor for the span [start, end) of {@code body}, with 32 characters of context each side. */
    public static TextAnchor of(String body, int start, int end) {
        if (start < 0 || end > body.length() || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is outside a body of " + body.length() + " characters");
        }
        String prefix = body.substring(Math.max(0, start - TextQuoteSelector.CONTEXT_LENGTH), start);
        String suffix = body.substring(end, Math.min(body.length(), end + TextQuoteSelector.CONTEXT_LENGTH));
        return new TextAnchor(new TextQuoteSelector(body.substring(start, end), prefix, suffix), new TextPositionSelector(start, end));
    }
}
