package org.factbench.core.comment;

import java.time.Instant;
import java.util.List;
import org.factbench.core.user.UserRef;

/** A comment as the thread shows it; {@code body} is plain text (render it as text, never as markup). */
public record CommentView(long id, long claimId, UserRef author, String body, Instant createdAt, Instant editedAt,
        List<UserRef> mentions, long version) {
}
