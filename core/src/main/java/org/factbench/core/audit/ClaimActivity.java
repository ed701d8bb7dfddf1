package org.factbench.core.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity entries of some claims, oldest first: what a claim's timeline is built from. The log's repository
 * stays inside this package; callers decide who may read (ClaimHistory asks for CHECKER).
 */
@Component
@Transactional(readOnly = true)
public class ClaimActivity {

    private final ActivityRepository entries;
    private final ActivityMapper mapper;

    ClaimActivity(ActivityRepository entries, ActivityMapper mapper) {
        this.entries = entries;
        this.mapper = mapper;
    }

    public List<ActivityView> of(List<Long> claimIds) {
        return mapper.toViews(entries.findByClaimIdInOrderByOccurredAtAscIdAsc(claimIds));
    }
}
