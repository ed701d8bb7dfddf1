package org.factbench.core.matching;

import java.time.Clock;
import java.util.List;
import org.factbench.core.audit.ActivityLog;
import org.factbench.core.audit.Change;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimMapper;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentRepository;
import org.factbench.core.evidence.EvidenceLinkRepository;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.shared.Versions;
import org.factbench.core.user.CurrentUser;
import org.factbench.core.user.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate claim into the one that stays. Nothing is lost: evidence and comments move to the target,
 * the duplicate stays in the database as MERGED with its verdict history, and its activity log entries show
 * up in the target's timeline ({@code ClaimHistory}).
 */
@Service
@Transactional
public class ClaimMerging {

    private final ClaimRepository claims;
    private final EvidenceLinkRepository evidence;
    private final CommentRepository comments;
    private final ClaimMapper mapper;
    private final CurrentUser currentUser;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimMerging(ClaimRepository claims, EvidenceLinkRepository evidence, CommentRepository comments, ClaimMapper mapper,
            CurrentUser currentUser, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.evidence = evidence;
        this.comments = comments;
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the target as it is after the merge. Both versions must be the ones the editor was looking at. */
    @PreAuthorize(Access.EDITOR)
    public ClaimView merge(long duplicateId, long expectedDuplicateVersion, long targetId, long expectedTargetVersion, String reason) {
        UserAccount actor = currentUser.require();
        if (reason == null || reason.isBlank()) throw new InvalidInputException("reason", "Say why these claims are the same.");
        Claim duplicate = claims.require(duplicateId);
        Claim target = claims.require(targetId);
        Versions.expect("Claim", duplicateId, duplicate.getVersion(), expectedDuplicateVersion, reason);
        Versions.expect("Claim", targetId, target.getVersion(), expectedTargetVersion, reason);
        ClaimView duplicateBefore = mapper.toView(duplicate);
        ClaimView targetBefore = mapper.toView(target);
        duplicate.mergeInto(target, actor, clock.instant());
        Versions.flush(claims::flush, () -> new StaleEditException("Claim", targetId, expectedTargetVersion, reason));
        ClaimView duplicateAfter = mapper.toView(duplicate);

        // Bulk moves come last: they clear the persistence context, and the claims are already written.
        List<Long> movedEvidence = evidence.findIdsByClaimId(duplicateId);
        List<Long> movedComments = comments.findIdsByClaimId(duplicateId);
        evidence.moveAll(duplicateId, targetId);
        comments.moveAll(duplicateId, targetId);
        ClaimView targetAfter = mapper.toView(claims.require(targetId));

        activity.record(actor, Change.of("CLAIM_MERGED_INTO", "CLAIM", duplicateId).claim(duplicateId)
                .before(duplicateBefore).after(duplicateAfter).note(reason.strip()));
        activity.record(actor, Change.of("CLAIMS_MERGED", "CLAIM", targetId).claim(targetId).before(targetBefore)
                .after(new MergeRecord(duplicateId, targetId, movedEvidence, movedComments)).note(reason.strip()));
        events.publishEvent(new ClaimsMerged(targetId, duplicateId, movedEvidence.size(), movedComments.size(), clock.instant(),
                actor.getUsername()));
        return targetAfter;
    }
}
