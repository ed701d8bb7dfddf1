package org.factbench.core.claim;

import java.util.ArrayList;
import java.util.List;
import org.factbench.core.audit.ActivityMapper;
import org.factbench.core.audit.ActivityRepository;
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
    private final ActivityRepository entries;
    private final ActivityMapper mapper;

    ClaimHistory(ClaimRepository claims, ActivityRepository entries, ActivityMapper mapper) {
        this.claims = claims;
        this.entries = entries;
        this.mapper = mapper;
    }

    /** Oldest first. */
    @PreAuthorize(Access.CHECKER)
    public List<ActivityView> timeline(long claimId) {
        claims.require(claimId);
        return mapper.toViews(entries.findByClaimIdInOrderByOccurredAtAscIdAsc(withMergedDuplicates(claimId)));
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
