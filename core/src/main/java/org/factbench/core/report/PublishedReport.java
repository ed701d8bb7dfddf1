package org.factbench.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.evidence.EvidenceView;

/**
 * One published version of a claim's report, exactly as it was published. Stored as JSON and never changed;
 * every report format is generated from this alone.
 *
 * <p>Snapshot format 2 added {@code scale}, {@code sources}, {@code timeline} and {@code versions}. A format-1
 * snapshot (stored before) reads with them empty and is completed by {@link ReportService} from the stored
 * version rows, never from live claim or evidence data.
 *
 * @param snapshotFormat 1 for snapshots stored before format 2 (absent in their JSON), else {@link #CURRENT_FORMAT}
 * @param correction null for version 1; what changed and why for every later version
 * @param sources    per evidence link: article authors and the context around the quote
 * @param timeline   the claim's activity log up to publication, oldest first
 * @param versions   every version up to and including this one, oldest first (the corrections history)
 */
public record PublishedReport(long claimId, int version, Instant publishedAt, PublishedClaim claim, PublishedVerdict verdict,
        List<EvidenceView> evidence, List<VerdictView> verdictHistory, Correction correction, Integer snapshotFormat,
        ReportScale scale, List<EvidenceSource> sources, List<TimelineEntry> timeline, List<ReportVersionSummary> versions) {

    public static final int CURRENT_FORMAT = 2;

    public PublishedReport {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        verdictHistory = verdictHistory == null ? List.of() : List.copyOf(verdictHistory);
        sources = sources == null ? List.of() : List.copyOf(sources);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        versions = versions == null ? List.of() : List.copyOf(versions);
        snapshotFormat = snapshotFormat == null ? 1 : snapshotFormat;
    }

    public Optional<EvidenceSource> source(long evidenceId) {
        return sources.stream().filter(s -> s.evidenceId() == evidenceId).findFirst();
    }

    PublishedReport completed(ReportScale newScale, List<ReportVersionSummary> newVersions) {
        return new PublishedReport(claimId, version, publishedAt, claim, verdict, evidence, verdictHistory, correction,
                snapshotFormat, scale == null ? newScale : scale, sources, timeline, versions.isEmpty() ? newVersions : versions);
    }
}
