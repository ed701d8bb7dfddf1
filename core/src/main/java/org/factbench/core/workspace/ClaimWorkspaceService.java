package org.factbench.core.workspace;

import org.factbench.core.claim.ClaimService;
import org.factbench.core.comment.CommentService;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.report.ReportService;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the claim workspace: one read-only transaction, so claim, evidence and comments belong to one moment. It
 * asks the owning features' services (which join this transaction), never their repositories.
 */
@Service
@Transactional(readOnly = true)
public class ClaimWorkspaceService {

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final CommentService comments;
    private final ReportService reports;

    ClaimWorkspaceService(ClaimService claims, EvidenceService evidence, CommentService comments,
            ReportService reports) {
        this.claims = claims;
        this.evidence = evidence;
        this.comments = comments;
        this.reports = reports;
    }

    @PreAuthorize(Access.CHECKER)
    public ClaimWorkspace load(long claimId) {
        return new ClaimWorkspace(claims.get(claimId), evidence.forClaim(claimId), comments.thread(claimId),
                reports.history(claimId));
    }
}
