package org.factbench.core.workspace;

import java.util.List;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentView;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.report.ReportVersionSummary;

/** A claim with its evidence, its comment thread and its published report versions, read consistently together. */
public record ClaimWorkspace(ClaimView claim, List<EvidenceView> evidence, List<CommentView> comments,
        List<ReportVersionSummary> reports) {

    public ClaimWorkspace {
        evidence = List.copyOf(evidence);
        comments = List.copyOf(comments);
        reports = List.copyOf(reports);
    }
}
