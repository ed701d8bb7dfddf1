package org.factbench.core.report;

import java.util.List;
import org.factbench.core.claim.Appearance;

public record PublishedClaim(long id, String statement, String claimant, String language, List<String> tags,
        List<Appearance> appearances, Long collectionId) {
}
