package org.factbench.core.report;

import java.time.Instant;

/** A public link as editors see it; {@code token} is the last part of the public address. */
public record PublicReportLinkView(long id, long claimId, String token, String createdBy, Instant createdAt,
        String revokedBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
