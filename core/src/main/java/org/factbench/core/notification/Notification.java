package org.factbench.core.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factbench.core.user.UserAccount;

/** A message to one user about something they may want to look at. Only its read mark ever changes. */
@Entity
@Table(name = "notification")
class Notification {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private UserAccount recipient;

    /** Null when Factbench itself has something to say (a finished job). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private UserAccount actor;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "subject_type", length = 32)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(UserAccount recipient, UserAccount actor, Notice notice, Instant now) {
        this.recipient = recipient;
        this.actor = actor;
        this.kind = notice.kind();
        this.subjectType = notice.subjectType();
        this.subjectId = notice.subjectId();
        this.detail = notice.detail();
        this.createdAt = now;
    }

    /** Idempotent: the first time it was read stays. */
    void markRead(Instant now) {
        if (readAt == null) readAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getRecipient() {
        return recipient;
    }

    public UserAccount getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
