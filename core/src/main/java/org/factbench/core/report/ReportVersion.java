package org.factbench.core.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.Json;
import org.hibernate.annotations.Immutable;

/** A stored report version: a few columns for lists, the whole report as JSON. Immutable once written. */
@Entity
@Immutable
@Table(name = "report_version")
class ReportVersion {

    /** The largest column H2 and PostgreSQL both validate as VARCHAR; ~100 typical quotes need about a tenth of it. */
    static final int MAX_SNAPSHOT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_version_seq")
    @SequenceGenerator(name = "report_version_seq", sequenceName = "report_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(nullable = false, length = 64)
    private String rating;

    @Column(name = "approver_name", nullable = false, length = 64)
    private String approverName;

    @Column(name = "what_changed", length = 4000)
    private String whatChanged;

    @Column(name = "why_changed", length = 4000)
    private String whyChanged;

    @Column(name = "snapshot_json", nullable = false, length = MAX_SNAPSHOT)
    private String snapshotJson;

    protected ReportVersion() {
    }

    ReportVersion(PublishedReport report) {
        this.claimId = report.claimId();
        this.versionNo = report.version();
        this.publishedAt = report.publishedAt();
        this.rating = report.verdict().rating();
        this.approverName = report.verdict().approver().username();
        this.whatChanged = report.correction() == null ? null : report.correction().whatChanged();
        this.whyChanged = report.correction() == null ? null : report.correction().why();
        this.snapshotJson = Json.write(report);
        if (snapshotJson.length() > MAX_SNAPSHOT) {
            throw new InvalidInputException("evidence", "This report is too large to publish (" + snapshotJson.length()
                    + " characters). Link shorter passages instead of whole articles.");
        }
    }

    PublishedReport report() {
        return Json.read(snapshotJson, PublishedReport.class);
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getRating() {
        return rating;
    }

    public String getApproverName() {
        return approverName;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public String getWhyChanged() {
        return whyChanged;
    }
}
