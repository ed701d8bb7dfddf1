package org.factbench.core.corpus;

import java.util.List;

/** What the claim index stores of a claim. */
public record IndexedClaim(long id, String statement, String claimant, String language, List<String> tags, String status) {

    public IndexedClaim {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
