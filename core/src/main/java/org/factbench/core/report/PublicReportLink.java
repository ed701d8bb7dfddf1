package org.factbench.core.report;

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

/** One public link to a claim's report. Revoking keeps the row; a revoked token never works again. */
@Entity
@Table(name = "public_report_link")
class PublicReportLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_by_id")
    private UserAccount revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PublicReportLink() {
    }

    PublicReportLink(long claimId, String token, UserAccount createdBy, Instant createdAt) {
        this.claimId = claimId;
        this.token = token;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(UserAccount by, Instant now) {
        if (revokedAt != null) return;
        revokedBy = by;
        revokedAt = now;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    long getClaimId() {
        return claimId;
    }

    String getToken() {
        return token;
    }

    PublicReportLinkView toView() {
        return new PublicReportLinkView(id, claimId, token, createdBy.getUsername(), createdAt,
                revokedBy == null ? null : revokedBy.getUsername(), revokedAt);
    }
}
