package org.factbench.core.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reports are written once and read; there is no update or delete. */
interface ReportVersionRepository extends Repository<ReportVersion, Long> {

    ReportVersion save(ReportVersion version);

    List<ReportVersion> findByClaimIdOrderByVersionNoAsc(long claimId);

    /** The claim's versions, oldest first, as small rows: the snapshots (up to a megabyte each) stay unread. */
    @Query("""
            select new org.factbench.core.report.ReportVersionSummary(r.claimId, r.versionNo, r.publishedAt, r.rating,
                   r.approverName, r.whatChanged, r.whyChanged)
            from ReportVersion r where r.claimId = :claimId order by r.versionNo""")
    List<ReportVersionSummary> findSummariesByClaim(long claimId);

    Optional<ReportVersion> findFirstByClaimIdOrderByVersionNoDesc(long claimId);

    Optional<ReportVersion> findByClaimIdAndVersionNo(long claimId, int versionNo);

    /** The newest version of every published report of the claims in a collection. */
    @Query("""
            select r from ReportVersion r
            where r.claimId in (select c.id from Claim c where c.collectionId = :collectionId)
              and r.versionNo = (select max(r2.versionNo) from ReportVersion r2 where r2.claimId = r.claimId)
            order by r.claimId""")
    List<ReportVersion> findLatestInCollection(long collectionId);

    /** The same reports as {@link #findLatestInCollection} without their snapshots: one small row per claim. */
    @Query("""
            select new org.factbench.core.report.ReportVersionSummary(r.claimId, r.versionNo, r.publishedAt, r.rating,
                   r.approverName, r.whatChanged, r.whyChanged)
            from ReportVersion r
            where r.claimId in (select c.id from Claim c where c.collectionId = :collectionId)
              and r.versionNo = (select max(r2.versionNo) from ReportVersion r2 where r2.claimId = r.claimId)
            order by r.claimId""")
    List<ReportVersionSummary> findLatestSummariesInCollection(long collectionId);
}
