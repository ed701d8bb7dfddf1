package org.factbench.core.evidence.anchor;

/** W3C Web Annotation TextPositionSelector: [start, end) character offsets into the normalized article body. */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        if (start < 0 || end <= start) throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
}
