package org.factbench.core.corpus;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text split into plain and highlighted segments. Highlights travel as structure, never as markup, so
 * untrusted article text can be rendered as text nodes and never injects HTML.
 */
public record HighlightedText(List<Segment> segments) {

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    public record Segment(String text, boolean highlighted) {
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(List.of(new Segment(text, false)));
    }

    public String plainText() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    public boolean hasHighlight() {
        return segments.stream().anyMatch(Segment::highlighted);
    }
}
