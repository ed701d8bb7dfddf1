package org.factbench.core.evidence.anchor;

/**
 * Finds an anchor again in a changed article body: exact position, then exact quote disambiguated by
 * prefix/suffix, then approximate matching above a minimum score; below it the link is ORPHANED.
 * Pure function of its inputs, thread-safe.
 */
public interface Reanchoring {

    AnchorResult reanchor(TextAnchor anchor, String newBody);

    /**
     * The same, knowing the body the anchor was made on; implementations that can use it decide more cases (see
     * {@link Reanchorer#reanchor(TextAnchor, String, String)}). By default the old body is not used.
     */
    default AnchorResult reanchor(TextAnchor anchor, String oldBody, String newBody) {
        return reanchor(anchor, newBody);
    }
}
