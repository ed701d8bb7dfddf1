package org.factbench.core.report;

import java.util.List;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published reports: the newest, any earlier version, the version history, and dossiers per collection. */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ReportVersionRepository reports;
    private final CollectionService collections;
    private final SnapshotReader snapshots;

    ReportService(ReportVersionRepository reports, CollectionService collections, SnapshotReader snapshots) {
        this.reports = reports;
        this.collections = collections;
        this.snapshots = snapshots;
    }

    @PreAuthorize(Access.CHECKER)
    public PublishedReport latest(long claimId) {
        return reports.findFirstByClaimIdOrderByVersionNoDesc(claimId).map(snapshots::read)
                .orElseThrow(() -> new NotFoundException("Published report of claim", claimId));
    }

    @PreAuthorize(Access.CHECKER)
    public PublishedReport version(long claimId, int version) {
        return reports.findByClaimIdAndVersionNo(claimId, version).map(snapshots::read)
                .orElseThrow(() -> new NotFoundException("Report version " + version + " of claim", claimId));
    }

    /** Oldest first; every version after the first says what changed and why. */
    @PreAuthorize(Access.CHECKER)
    public List<ReportVersionSummary> history(long claimId) {
        return reports.findSummariesByClaim(claimId);
    }

    /** The newest published report of every claim in the collection. */
    @PreAuthorize(Access.CHECKER)
    public Dossier dossier(long collectionId) {
        return new Dossier(collections.get(collectionId),
                reports.findLatestInCollection(collectionId).stream().map(snapshots::read).toList());
    }

    /**
     * The newest report version of every claim in the collection, as small rows without snapshots: a dossier
     * of any size then reads one full report at a time with {@link #version}.
     */
    @PreAuthorize(Access.CHECKER)
    public List<ReportVersionSummary> latestInCollection(long collectionId) {
        collections.get(collectionId); // NotFoundException for an unknown collection, not an empty list
        return reports.findLatestSummariesInCollection(collectionId);
    }
}
