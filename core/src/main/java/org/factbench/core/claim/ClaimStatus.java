package org.factbench.core.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is in the workflow:
 * NEW -> IN_RESEARCH -> IN_REVIEW -> PUBLISHED; IN_REVIEW -> IN_RESEARCH when changes are requested;
 * REJECTED (not check-worthy) or MERGED (a duplicate) from any open state; PUBLISHED and REJECTED can be
 * reopened into research (a correction, or a second look); MERGED is final.
 */
public enum ClaimStatus {
    NEW,
    IN_RESEARCH,
    IN_REVIEW,
    PUBLISHED,
    REJECTED,
    MERGED;

    public boolean isOpen() {
        return this == NEW || this == IN_RESEARCH || this == IN_REVIEW;
    }

    public Set<ClaimStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_RESEARCH, REJECTED, MERGED);
            case IN_RESEARCH -> EnumSet.of(IN_REVIEW, REJECTED, MERGED);
            case IN_REVIEW -> EnumSet.of(IN_RESEARCH, PUBLISHED, REJECTED, MERGED);
            case PUBLISHED, REJECTED -> EnumSet.of(IN_RESEARCH);
            case MERGED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }
}
