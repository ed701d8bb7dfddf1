package org.factbench.web.claim.workspace;

import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.comment.CommentService;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.matching.ClaimMatching;
import org.factbench.core.matching.ClaimMerging;
import org.factbench.core.review.ReviewService;
import org.factbench.core.user.UserDirectory;
import org.factbench.core.verdict.RatingScaleService;
import org.factbench.core.workspace.ClaimWorkspaceService;
import org.springframework.stereotype.Component;

/** The core services the workspace calls, in one bean so the view's constructor stays readable. */
@Component
record WorkspaceServices(ClaimWorkspaceService workspace, ClaimService claims, ReviewService review,
        EvidenceService evidence, CommentService comments, ClaimMatching matching, ClaimMerging merging,
        ClaimHistory history, RatingScaleService ratings, UserDirectory users) {
}
