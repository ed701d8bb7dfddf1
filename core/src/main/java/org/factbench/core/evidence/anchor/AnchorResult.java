package org.factbench.core.evidence.anchor;

/**
 * The outcome of re-anchoring one link in a new article version.
 *
 * @param anchor the new anchor (selectors rebuilt from the new body), or null when {@link AnchorState#ORPHANED}
 * @param score  in [0, 1]: 1.0 for the exact states; for FUZZY and ORPHANED the combined quote-and-context score that
 *               was compared with the minimum (for ORPHANED the best one seen, which may be high when two places
 *               matched equally well and the link was not guessed between them)
 */
public record AnchorResult(AnchorState state, TextAnchor anchor, double score) {

    public static AnchorResult orphaned(double bestScore) {
        return new AnchorResult(AnchorState.ORPHANED, null, bestScore);
    }

    public boolean found() {
        return state != AnchorState.ORPHANED;
    }
}
