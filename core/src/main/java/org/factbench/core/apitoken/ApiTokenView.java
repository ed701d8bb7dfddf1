package org.factbench.core.apitoken;

import java.time.Instant;

/** An API token as its owner sees it in the list: never the token itself. */
public record ApiTokenView(long id, String name, String prefix, String owner, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
