package org.factbench.core.report;

import java.time.Instant;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimMapper;
import org.factbench.core.claim.VerdictProposal;
import org.factbench.core.evidence.EvidenceLinkRepository;
import org.factbench.core.evidence.EvidenceMapper;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserRefMapper;
import org.factbench.core.verdict.Rating;
import org.factbench.core.verdict.RatingScaleProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Freezes a claim into the next report version, in the transaction that publishes the claim. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReportPublisher {

    private final ReportVersionRepository reports;
    private final EvidenceLinkRepository evidence;
    private final EvidenceMapper evidenceMapper;
    private final ClaimMapper claimMapper;
    private final ReportMapper reportMapper;
    private final UserRefMapper users;
    private final RatingScaleProperties scale;

    ReportPublisher(ReportVersionRepository reports, EvidenceLinkRepository evidence, EvidenceMapper evidenceMapper,
            ClaimMapper claimMapper, ReportMapper reportMapper, UserRefMapper users, RatingScaleProperties scale) {
        this.reports = reports;
        this.evidence = evidence;
        this.evidenceMapper = evidenceMapper;
        this.claimMapper = claimMapper;
        this.reportMapper = reportMapper;
        this.users = users;
        this.scale = scale;
    }

    /** Checks the correction note first, so a refused correction changes nothing. */
    public void requireCorrectionIfRepublished(long claimId, Correction correction) {
        boolean republished = reports.findFirstByClaimIdOrderByVersionNoDesc(claimId).isPresent();
        if (republished && (correction == null || isBlank(correction.whatChanged()) || isBlank(correction.why()))) {
            throw new InvalidInputException("correction",
                    "This claim was published before: say what changed and why, readers see it with the correction.");
        }
    }

    public PublishedReport publish(Claim claim, VerdictProposal approved, Correction correction, Instant now) {
        requireCorrectionIfRepublished(claim.getId(), correction);
        int version = reports.findFirstByClaimIdOrderByVersionNoDesc(claim.getId()).map(r -> r.getVersionNo() + 1).orElse(1);
        Rating rating = scale.find(approved.getRating()).orElse(new Rating(approved.getRating(), approved.getRating(), "#6b7280"));
        PublishedVerdict verdict = new PublishedVerdict(rating.code(), rating.label(), rating.colour(), approved.getSummary(),
                users.toRef(approved.getProposer()), approved.getProposedAt(), users.toRef(approved.getReviewer()),
                approved.getReviewedAt());
        PublishedReport report = new PublishedReport(claim.getId(), version, now, reportMapper.toPublished(claim), verdict,
                evidenceMapper.toViews(evidence.findByClaimWithAuthors(claim.getId())),
                claimMapper.toVerdictViews(claim.getProposals()), version == 1 ? null : trimmed(correction));
        reports.save(new ReportVersion(report));
        return report;
    }

    private static Correction trimmed(Correction c) {
        return new Correction(c.whatChanged().strip(), c.why().strip());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
