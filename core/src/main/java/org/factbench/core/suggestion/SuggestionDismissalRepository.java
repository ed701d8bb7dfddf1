package org.factbench.core.suggestion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuggestionDismissalRepository extends JpaRepository<SuggestionDismissal, Long> {

    @Query("select d.passageId from SuggestionDismissal d where d.claimId = ?1")
    List<String> passageIdsOf(long claimId);

    Optional<SuggestionDismissal> findByClaimIdAndPassageId(long claimId, String passageId);
}
