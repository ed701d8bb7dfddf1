package org.factbench.core.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.core.user.UserAccount;

/** One API token of a user. Revoking keeps the row so the activity log and the token list stay explainable. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private UserAccount owner;

    @Column(nullable = false, length = 100)
    private String name;

    /** The first characters of the token, shown in lists so a user can tell their tokens apart. */
    @Column(name = "token_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String hash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UserAccount owner, String name, String prefix, String hash, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.prefix = prefix;
        this.hash = hash;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    UserAccount getOwner() {
        return owner;
    }

    boolean isActive() {
        return revokedAt == null && owner.isEnabled();
    }

    void revoke(Instant now) {
        if (revokedAt == null) revokedAt = now;
    }

    /** Remembers the last use to the minute: one write per minute of traffic, not one per request. */
    void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) lastUsedAt = now;
    }

    ApiTokenView toView() {
        return new ApiTokenView(id, name, prefix, owner.getUsername(), createdAt, lastUsedAt, revokedAt);
    }
}
