package org.factbench.core.comment;

import java.time.Instant;
import java.util.List;
import org.factbench.core.shared.event.ClaimEvent;

/** {@code mentioned} are the usernames to notify. */
public record CommentAdded(long claimId, long commentId, List<String> mentioned, Instant at, String by) implements ClaimEvent {
}
