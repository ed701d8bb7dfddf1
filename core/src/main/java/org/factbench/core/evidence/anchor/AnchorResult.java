package org.factbench.core.evidence.anchor;

/**
 * The outcome of re-anchoring one link in a new article version.
 *
 * @param anchor the new anchor (selectors rebuilt from the new body), or null when {@link AnchorState#ORPHANED}
 * @param score  similarity of the found text to the old quote, 1.0 for exact matches, in [0, 1]
 */
public record AnchorResult(AnchorState state, TextAnchor anchor, double score) {

    public static AnchorResult orphaned(double bestScore) {
        return new AnchorResult(AnchorState.ORPHANED, null, bestScore);
    }

    public boolean found() {
        return state != AnchorState.ORPHANED;
    }
}
