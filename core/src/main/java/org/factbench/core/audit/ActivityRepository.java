package org.factbench.core.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Deliberately not a CrudRepository: entries can be added and read, never changed or deleted. */
interface ActivityRepository extends Repository<ActivityEntry, Long> {

    ActivityEntry save(ActivityEntry entry);

    List<ActivityEntry> findByClaimIdInOrderByOccurredAtAscIdAsc(Collection<Long> claimIds);

    List<ActivityEntry> findByOrderByIdDesc(Pageable page);

    List<ActivityEntry> findByActorNameOrderByIdDesc(String actorName, Pageable page);

    long count();
}
