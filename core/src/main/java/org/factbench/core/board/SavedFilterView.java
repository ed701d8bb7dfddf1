package org.factbench.core.board;

import java.time.Instant;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimSort;

/** A saved board filter as the board lists it. */
public record SavedFilterView(long id, String name, ClaimFilter filter, ClaimSort sort, Instant savedAt) {
}
