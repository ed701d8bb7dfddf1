package org.factbench.core.comment;

import java.util.List;
import java.util.Set;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;
import org.factbench.core.user.UserAccountRepository;
import org.factbench.core.user.UserRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claim threads. Unknown @names stay plain text; known ones become mentions and are announced in the event. */
@Service
@Transactional
public class CommentService {

    private final CommentRepository comments;
    private final ClaimRepository claims;
    private final UserAccountRepository accounts;
    private final CommentMapper mapper;
    private final ChangeRecorder changes;

    CommentService(CommentRepository comments, ClaimRepository claims, UserAccountRepository accounts, CommentMapper mapper,
            ChangeRecorder changes) {
        this.comments = comments;
        this.claims = claims;
        this.accounts = accounts;
        this.mapper = mapper;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    public CommentView add(long claimId, String body) {
        UserAccount actor = changes.actor();
        Claim claim = claims.require(claimId);
        if (claim.getStatus() == ClaimStatus.MERGED) {
            throw new InvalidInputException("claimId", "Claim " + claimId + " was merged into claim " + claim.getMergedIntoId()
                    + "; comment there.");
        }
        Comment comment = comments.saveAndFlush(new Comment(claimId, actor, body, mentioned(body), changes.now()));
        CommentView view = mapper.toView(comment);
        changes.record(actor, Change.of("COMMENT_ADDED", "COMMENT", comment.getId()).claim(claimId).after(view));
        changes.publish(new CommentAdded(claimId, comment.getId(), usernames(view), changes.now(), actor.getUsername()));
        return view;
    }

    /** Authors only. */
    @PreAuthorize(Access.CHECKER)
    public CommentView edit(long commentId, long expectedVersion, String body) {
        UserAccount actor = changes.actor();
        Comment comment = comments.require(commentId);
        return changes.versioned("Comment", commentId, comment, comment.getVersion(), mapper::toView, comments::flush)
                .expect(expectedVersion, body)
                .apply(actor, Change.of("COMMENT_EDITED", "COMMENT", commentId).claim(comment.getClaimId()),
                        c -> c.edit(actor, body, mentioned(body), changes.now()),
                        (before, after) -> new CommentEdited(comment.getClaimId(), commentId,
                                usernames(after).stream().filter(u -> !usernames(before).contains(u)).toList(),
                                changes.now(), actor.getUsername()));
    }

    /** Oldest first. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<CommentView> thread(long claimId) {
        claims.require(claimId);
        return mapper.toViews(comments.findThread(claimId));
    }

    private List<UserAccount> mentioned(String body) {
        Set<String> names = body == null ? Set.of() : Mentions.usernames(body);
        return names.isEmpty() ? List.of() : accounts.findByUsernameIn(names);
    }

    private static List<String> usernames(CommentView view) {
        return view.mentions().stream().map(UserRef::username).toList();
    }
}
