package org.factbench.core.evidence.anchor;

/** How an evidence link relates to the article version it now points into. */
public enum AnchorState {
    /** The quote is still at its recorded position. */
    EXACT_POSITION,
    /** The exact quote was found elsewhere (text moved); disambiguated by prefix/suffix when it occurs more than once. */
    EXACT_QUOTE,
    /** The quote was edited: an approximate match scored above the minimum; shown as "changed, check it". */
    FUZZY,
    /** No match good enough: the link keeps its snapshot and is flagged, never moved to a lookalike. */
    ORPHANED
}
