package org.factbench.core.comment;

import java.time.Instant;
import java.util.List;
import org.factbench.core.shared.event.ClaimEvent;

/** {@code newlyMentioned}: users mentioned now who were not before, to notify. */
public record CommentEdited(long claimId, long commentId, List<String> newlyMentioned, Instant at, String by) implements ClaimEvent {
}
