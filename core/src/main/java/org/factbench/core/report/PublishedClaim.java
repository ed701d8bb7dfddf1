package org.factbench.core.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factbench.core.claim.Appearance;

public record PublishedClaim(long id, String statement, String claimant, String language, List<String> tags,
        List<Appearance> appearances, Long collectionId) {

    public PublishedClaim {
        tags = tags == null ? List.of() : List.copyOf(tags);
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }

    /** The earliest appearance (by day; the first listed among equals), if the claim has any. */
    public Optional<Appearance> firstAppearance() {
        return appearances.stream().min(Comparator.comparing(Appearance::appearedOn));
    }
}
