package org.factbench.core.evidence.anchor;

/**
 * Finds an anchor again in a changed article body: exact position, then exact quote disambiguated by
 * prefix/suffix, then approximate matching above a minimum score; below it the link is ORPHANED.
 * Pure function of its inputs, thread-safe.
 */
public interface Reanchoring {

    AnchorResult reanchor(TextAnchor anchor, String newBody);
}
