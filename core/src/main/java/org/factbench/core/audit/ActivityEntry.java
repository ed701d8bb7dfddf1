package org.factbench.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded change. Immutable: Hibernate never issues an UPDATE for it and the repository cannot delete. */
@Entity
@Immutable
@Table(name = "activity_entry")
class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_entry_seq")
    @SequenceGenerator(name = "activity_entry_seq", sequenceName = "activity_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Null for changes made by the system (e.g. re-anchoring after an article update). */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 64)
    private String actorName;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "claim_id")
    private Long claimId;

    @Column(length = 2000)
    private String note;

    @Column(name = "before_json", length = 1_000_000)
    private String beforeJson;

    @Column(name = "after_json", length = 1_000_000)
    private String afterJson;

    protected ActivityEntry() {
    }

    ActivityEntry(Instant occurredAt, Long actorId, String actorName, Change change, String beforeJson, String afterJson) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = change.action();
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.claimId = change.claimId();
        this.note = change.note();
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getNote() {
        return note;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
