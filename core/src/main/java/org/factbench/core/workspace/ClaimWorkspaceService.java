package org.factbench.core.workspace;

import org.factbench.core.claim.ClaimMapper;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.comment.CommentMapper;
import org.factbench.core.comment.CommentRepository;
import org.factbench.core.evidence.EvidenceLinkRepository;
import org.factbench.core.evidence.EvidenceMapper;
import org.factbench.core.report.ReportMapper;
import org.factbench.core.report.ReportVersionRepository;
import org.factbench.core.shared.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the claim workspace: one read-only transaction, so claim, evidence and comments belong to one moment. */
@Service
@Transactional(readOnly = true)
public class ClaimWorkspaceService {

    private final ClaimRepository claims;
    private final EvidenceLinkRepository evidence;
    private final CommentRepository comments;
    private final ReportVersionRepository reports;
    private final ClaimMapper claimMapper;
    private final EvidenceMapper evidenceMapper;
    private final CommentMapper commentMapper;
    private final ReportMapper reportMapper;

    ClaimWorkspaceService(ClaimRepository claims, EvidenceLinkRepository evidence, CommentRepository comments,
            ReportVersionRepository reports, ClaimMapper claimMapper, EvidenceMapper evidenceMapper,
            CommentMapper commentMapper, ReportMapper reportMapper) {
        this.claims = claims;
        this.evidence = evidence;
        this.comments = comments;
        this.reports = reports;
        this.claimMapper = claimMapper;
        this.evidenceMapper = evidenceMapper;
        this.commentMapper = commentMapper;
        this.reportMapper = reportMapper;
    }

    @PreAuthorize(Access.CHECKER)
    public ClaimWorkspace load(long claimId) {
        return new ClaimWorkspace(claimMapper.toView(claims.require(claimId)),
                evidenceMapper.toViews(evidence.findByClaimWithAuthors(claimId)),
                commentMapper.toViews(comments.findThread(claimId)),
                reportMapper.toSummaries(reports.findByClaimIdOrderByVersionNoAsc(claimId)));
    }
}
