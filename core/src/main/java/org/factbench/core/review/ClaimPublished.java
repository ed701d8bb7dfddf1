package org.factbench.core.review;

import java.time.Instant;
import org.factbench.core.shared.event.ClaimStateChanged;

/** A verdict was approved and published as report {@code reportVersion} (1 for the first, higher for corrections). */
record ClaimPublished(long claimId, int reportVersion, String rating, Instant at, String by) implements ClaimStateChanged {
}
