package org.factbench.core.report;

import java.time.Instant;
import org.factbench.core.user.UserRef;

/** The verdict as published, with the scale's label and colour of that moment (the scale may be reconfigured later). */
public record PublishedVerdict(String rating, String label, String colour, String summary, UserRef proposer,
        Instant proposedAt, UserRef approver, Instant approvedAt) {
}
