package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimMapper;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.VerdictProposal;
import org.factbench.core.report.Correction;
import org.factbench.core.report.PublishedReport;
import org.factbench.core.report.ReportPublisher;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.shared.Versions;
import org.factbench.core.shared.event.FactbenchEvent;
import org.factbench.core.user.UserAccount;
import org.factbench.core.verdict.RatingScaleProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves claims through the workflow. Each step: check the version, let the claim decide, log, publish the event. */
@Service
@Transactional
public class ReviewService {

    private final ClaimRepository claims;
    private final ClaimMapper mapper;
    private final RatingScaleProperties scale;
    private final ReportPublisher reports;
    private final ChangeRecorder changes;

    ReviewService(ClaimRepository claims, ClaimMapper mapper, RatingScaleProperties scale, ReportPublisher reports,
            ChangeRecorder changes) {
        this.claims = claims;
        this.mapper = mapper;
        this.scale = scale;
        this.reports = reports;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    public ClaimView startResearch(long claimId, long expectedVersion) {
        return step(claimId, expectedVersion, null, "RESEARCH_STARTED", null, (claim, actor, now) -> {
            claim.startResearch(actor, now);
            return new ResearchStarted(claimId, claim.getAssignee().getUsername(), now, actor.getUsername());
        });
    }

    /** Sends the claim to review with a verdict; the proposer cannot be the one who publishes it. */
    @PreAuthorize(Access.CHECKER)
    public ClaimView proposeVerdict(long claimId, long expectedVersion, VerdictDraft draft) {
        if (draft.rating() != null && scale.find(draft.rating()).isEmpty()) {
            throw new InvalidInputException("rating", "Unknown rating " + draft.rating() + "; choose one of "
                    + scale.ratings().stream().map(r -> r.code()).toList() + ".");
        }
        return step(claimId, expectedVersion, draft, "VERDICT_PROPOSED", null, (claim, actor, now) -> {
            claim.proposeVerdict(draft.rating(), draft.summary(), actor, now);
            return new VerdictProposed(claimId, draft.rating(), now, actor.getUsername());
        });
    }

    @PreAuthorize(Access.EDITOR)
    public ClaimView requestChanges(long claimId, long expectedVersion, String reason) {
        return step(claimId, expectedVersion, reason, "CHANGES_REQUESTED", reason, (claim, actor, now) -> {
            claim.requestChanges(actor, reason, now);
            return new ChangesRequested(claimId, reason, now, actor.getUsername());
        });
    }

    /**
     * Approves the pending verdict and publishes the next report version. {@code correction} is required when
     * the claim was published before (what changed and why) and ignored the first time.
     */
    @PreAuthorize(Access.EDITOR)
    public ClaimView publish(long claimId, long expectedVersion, Correction correction) {
        String note = correction == null ? null : correction.whatChanged() + " / " + correction.why();
        return step(claimId, expectedVersion, correction, "CLAIM_PUBLISHED", note, (claim, actor, now) -> {
            VerdictProposal approved = claim.publish(actor, now);
            // Write the claim (checking its version and locking its row) before reading and writing reports: a
            // concurrent publisher then gets a stale edit, not a duplicate report number or a wrong correction rule.
            Versions.flush(claims::flush, () -> new StaleEditException("Claim", claimId, expectedVersion, correction));
            PublishedReport report = reports.publish(claim, approved, correction, now);
            return new ClaimPublished(claimId, report.version(), approved.getRating(), now, actor.getUsername());
        });
    }

    @PreAuthorize(Access.EDITOR)
    public ClaimView reject(long claimId, long expectedVersion, String reason) {
        return step(claimId, expectedVersion, reason, "CLAIM_REJECTED", reason, (claim, actor, now) -> {
            claim.reject(actor, reason, now);
            return new ClaimRejected(claimId, reason, now, actor.getUsername());
        });
    }

    /** Reopens a published claim for a correction, or a rejected one for a second look. */
    @PreAuthorize(Access.EDITOR)
    public ClaimView reopen(long claimId, long expectedVersion, String reason) {
        return step(claimId, expectedVersion, reason, "CLAIM_REOPENED", reason, (claim, actor, now) -> {
            claim.reopen(reason, now);
            return new ClaimReopened(claimId, reason, now, actor.getUsername());
        });
    }

    private ClaimView step(long claimId, long expectedVersion, Object attempted, String action, String note, Step step) {
        UserAccount actor = changes.actor();
        Claim claim = claims.requireForWorkflow(claimId);
        return changes.versioned("Claim", claimId, claim, claim.getVersion(), mapper::toView, claims::flush)
                .expect(expectedVersion, attempted)
                .applyStep(actor, Change.of(action, "CLAIM", claimId).claim(claimId).note(note),
                        c -> step.apply(c, actor, changes.now()));
    }

    @FunctionalInterface
    private interface Step {
        FactbenchEvent apply(Claim claim, UserAccount actor, Instant now);
    }
}
