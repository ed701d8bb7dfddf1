package org.factbench.core.report;

import java.time.Instant;
import java.util.List;
import org.factbench.core.claim.VerdictView;
import org.factbench.core.evidence.EvidenceView;

/**
 * One published version of a claim's report, exactly as it was published. Stored as JSON and never changed.
 *
 * @param correction null for version 1; what changed and why for every later version
 */
public record PublishedReport(long claimId, int version, Instant publishedAt, PublishedClaim claim, PublishedVerdict verdict,
        List<EvidenceView> evidence, List<VerdictView> verdictHistory, Correction correction) {

    public PublishedReport {
        evidence = List.copyOf(evidence);
        verdictHistory = List.copyOf(verdictHistory);
    }
}
