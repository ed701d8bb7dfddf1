package org.factbench.core.claim;

import java.util.ArrayList;
import java.util.List;
import org.factbench.core.audit.ClaimActivity;
import org.factbench.core.audit.ActivityView;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's timeline from the activity log, including the history of every duplicate merged into it: the
 * log is append-only, so merging keeps history by reading the merged claims' entries too, not by rewriting.
 */
@Service
@Transactional(readOnly = true)
public class ClaimHistory {

    private final ClaimRepository claims;
    private final ClaimActivity activity;

    ClaimHistory(ClaimRepository claims, ClaimActivity activity) {
        this.claims = claims;
        this.activity = activity;
    }

    /** Oldest first. */
    @PreAuthorize(Access.CHECKER)
    public List<ActivityView> timeline(long claimId) {
        claims.require(claimId);
        return activity.of(withMergedDuplicates(claimId));
    }

    private List<Long> withMergedDuplicates(long claimId) {
        List<Long> all = new ArrayList<>(List.of(claimId));
        List<Long> frontier = List.of(claimId);
        while (!frontier.isEmpty()) {
            frontier = claims.findIdsMergedInto(frontier);
            all.addAll(frontier);
        }
        return all;
    }
}
