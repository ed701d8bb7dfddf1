package org.factbench.core.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * One verdict put forward for review. Part of the claim aggregate: created and decided only through
 * {@link Claim}, so the claim's version guards it. The list of proposals is the claim's verdict history.
 */
@Entity
@Table(name = "verdict_proposal")
public class VerdictProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verdict_proposal_seq")
    @SequenceGenerator(name = "verdict_proposal_seq", sequenceName = "verdict_proposal_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String rating;

    @Column(nullable = false, length = 10000)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposer_id")
    private UserAccount proposer;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VerdictOutcome outcome = VerdictOutcome.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_id")
    private UserAccount reviewer;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_note", length = 4000)
    private String reviewNote;

    protected VerdictProposal() {
    }

    VerdictProposal(String rating, String summary, UserAccount proposer, Instant proposedAt) {
        this.rating = rating;
        this.summary = summary;
        this.proposer = proposer;
        this.proposedAt = proposedAt;
    }

    void decide(VerdictOutcome decision, UserAccount by, Instant at, String note) {
        this.outcome = decision;
        this.reviewer = by;
        this.reviewedAt = at;
        this.reviewNote = note;
    }

    boolean isPending() {
        return outcome == VerdictOutcome.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getRating() {
        return rating;
    }

    public String getSummary() {
        return summary;
    }

    public UserAccount getProposer() {
        return proposer;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public VerdictOutcome getOutcome() {
        return outcome;
    }

    public UserAccount getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
