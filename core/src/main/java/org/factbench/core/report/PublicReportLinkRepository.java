package org.factbench.core.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicReportLinkRepository extends JpaRepository<PublicReportLink, Long> {

    Optional<PublicReportLink> findByToken(String token);

    @Query("select l from PublicReportLink l join fetch l.createdBy left join fetch l.revokedBy where l.claimId = :claimId order by l.createdAt desc, l.id desc")
    List<PublicReportLink> findByClaim(long claimId);
}
