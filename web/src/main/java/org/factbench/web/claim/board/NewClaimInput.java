package org.factbench.web.claim.board;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;

/** What the new-claim form holds, as typed. Turned into core's command inside the action, so core checks it. */
record NewClaimInput(String statement, String claimant, String language, String tags, String url, String outlet,
        LocalDate appearedOn, Long collectionId) {

    ClaimDetails toDetails() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        List<Appearance> appearances = (url == null || url.isBlank()) && appearedOn == null ? List.of()
                : List.of(new Appearance(url, appearedOn, outlet));
        return new ClaimDetails(statement, claimant, language, tagList, appearances, collectionId);
    }
}
