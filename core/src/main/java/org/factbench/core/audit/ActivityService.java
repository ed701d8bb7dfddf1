package org.factbench.core.audit;

import java.util.List;
import org.factbench.core.shared.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity log across all claims, for administrators. A claim's own timeline is in {@code ClaimHistory}. */
@Service
@Transactional(readOnly = true)
public class ActivityService {

    private final ActivityRepository entries;
    private final ActivityMapper mapper;

    ActivityService(ActivityRepository entries, ActivityMapper mapper) {
        this.entries = entries;
        this.mapper = mapper;
    }

    /** The newest entries first. */
    @PreAuthorize(Access.ADMIN)
    public List<ActivityView> recent(int limit) {
        return mapper.toViews(entries.findByOrderByIdDesc(PageRequest.ofSize(Math.clamp(limit, 1, 1000))));
    }

    /** What one person did, newest first. */
    @PreAuthorize(Access.ADMIN)
    public List<ActivityView> byActor(String username, int limit) {
        return mapper.toViews(entries.findByActorNameOrderByIdDesc(username, PageRequest.ofSize(Math.clamp(limit, 1, 1000))));
    }
}
