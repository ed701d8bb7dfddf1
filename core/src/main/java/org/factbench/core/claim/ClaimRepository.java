package org.factbench.core.claim;

import java.util.List;
import org.factbench.core.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Public inside core: review, evidence, comments and merging load claims through it. */
public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    default Claim require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Claim", id));
    }

    @Query("select c.id from Claim c where c.mergedIntoId in :ids")
    List<Long> findIdsMergedInto(List<Long> ids);

    /** Keyset paging for batch jobs (re-indexing): claims after {@code afterId}, by id. */
    List<Claim> findByIdGreaterThanOrderByIdAsc(long afterId, Limit limit);
}
