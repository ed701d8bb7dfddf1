package org.factbench.core.matching;

import java.util.List;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
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
import org.factbench.core.user.UserAccount;
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
    private final ChangeRecorder changes;

    ClaimMerging(ClaimRepository claims, EvidenceLinkRepository evidence, CommentRepository comments, ClaimMapper mapper,
            ChangeRecorder changes) {
        this.claims = claims;
        this.evidence = evidence;
        this.comments = comments;
        this.mapper = mapper;
        this.changes = changes;
    }

    /** Returns the target as it is after the merge. Both versions must be the ones the editor was looking at. */
    @PreAuthorize(Access.EDITOR)
    public ClaimView merge(long duplicateId, long expectedDuplicateVersion, long targetId, long expectedTargetVersion, String reason) {
        UserAccount actor = changes.actor();
        if (reason == null || reason.isBlank()) throw new InvalidInputException("reason", "Say why these claims are the same.");
        Claim duplicate = claims.requireForWorkflow(duplicateId);
        Claim target = claims.requireForWorkflow(targetId);
        Versions.expect("Claim", duplicateId, duplicate.getVersion(), expectedDuplicateVersion, reason);
        Versions.expect("Claim", targetId, target.getVersion(), expectedTargetVersion, reason);
        ClaimView duplicateBefore = mapper.toView(duplicate);
        ClaimView targetBefore = mapper.toView(target);
        duplicate.mergeInto(target, actor, changes.now());
        Versions.flush(claims::flush, () -> new StaleEditException("Claim", targetId, expectedTargetVersion, reason));
        ClaimView duplicateAfter = mapper.toView(duplicate);

        // Bulk moves come last: they clear the persistence context, and the claims are already written.
        List<Long> movedEvidence = evidence.findIdsByClaimId(duplicateId);
        List<Long> movedComments = comments.findIdsByClaimId(duplicateId);
        evidence.moveAll(duplicateId, targetId);
        comments.moveAll(duplicateId, targetId);
        ClaimView targetAfter = mapper.toView(claims.require(targetId));

        changes.record(actor, Change.of("CLAIM_MERGED_INTO", "CLAIM", duplicateId).claim(duplicateId)
                .before(duplicateBefore).after(duplicateAfter).note(reason.strip()));
        changes.record(actor, Change.of("CLAIMS_MERGED", "CLAIM", targetId).claim(targetId).before(targetBefore)
                .after(new MergeRecord(duplicateId, targetId, movedEvidence, movedComments)).note(reason.strip()));
        changes.publish(new ClaimsMerged(targetId, duplicateId, movedEvidence.size(), movedComments.size(), changes.now(),
                actor.getUsername()));
        return targetAfter;
    }
}
