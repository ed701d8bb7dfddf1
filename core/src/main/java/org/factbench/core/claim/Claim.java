package org.factbench.core.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserAccount;

/** A statement someone made in public, checked by the team. Aggregate root: all workflow rules live here. */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = ClaimDetails.MAX_STATEMENT)
    private String statement;

    @Column(nullable = false, length = 300)
    private String claimant;

    @Column(length = 8)
    private String language;

    @ElementCollection
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = 64)
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "claim_appearance", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "sort_order")
    private List<Appearance> appearances = new ArrayList<>();

    @Column(name = "collection_id")
    private Long collectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimStatus status = ClaimStatus.NEW;

    /** Why the claim is where it is, when someone said so: changes requested, rejected or reopened. */
    @Column(name = "status_reason", length = 4000)
    private String statusReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<VerdictProposal> proposals = new ArrayList<>();

    @Version
    private long version;

    protected Claim() {
    }

    public Claim(ClaimDetails details, UserAccount createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details.validated(), now);
    }

    public void edit(ClaimDetails details, Instant now) {
        ensureOpen("editing");
        apply(details.validated(), now);
    }

    public void assign(UserAccount newAssignee, Instant now) {
        ensureOpen("assigning");
        this.assignee = newAssignee;
        this.updatedAt = now;
    }

    public void startResearch(UserAccount by, Instant now) {
        move(ClaimStatus.IN_RESEARCH, ClaimStatus.NEW);
        if (assignee == null) assignee = by;
        statusReason = null;
        updatedAt = now;
    }

    public VerdictProposal proposeVerdict(String rating, String summary, UserAccount proposer, Instant now) {
        if (rating == null || rating.isBlank()) throw new InvalidInputException("rating", "Choose a rating.");
        if (summary == null || summary.isBlank()) throw new InvalidInputException("summary", "Explain the verdict in a summary.");
        if (summary.strip().length() > 10000) throw new InvalidInputException("summary", "A summary can have at most 10000 characters.");
        move(ClaimStatus.IN_REVIEW, ClaimStatus.IN_RESEARCH);
        VerdictProposal proposal = new VerdictProposal(rating, summary.strip(), proposer, now);
        proposals.add(proposal);
        statusReason = null;
        updatedAt = now;
        return proposal;
    }

    public void requestChanges(UserAccount reviewer, String reason, Instant now) {
        String why = reason("reason", reason, "Say what needs to change.");
        move(ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);
        pendingProposal().ifPresent(p -> p.decide(VerdictOutcome.CHANGES_REQUESTED, reviewer, now, why));
        statusReason = why;
        updatedAt = now;
    }

    /** The four-eyes rule: an editor who did not propose the pending verdict approves and publishes it. */
    public VerdictProposal publish(UserAccount approver, Instant now) {
        if (status != ClaimStatus.IN_REVIEW) throw new IllegalTransitionException(idOrZero(), status, ClaimStatus.PUBLISHED);
        if (!approver.getRole().includes(Role.EDITOR)) {
            throw new PublishNotAllowedException(PublishNotAllowedException.Reason.NOT_AN_EDITOR);
        }
        VerdictProposal proposal = pendingProposal().orElseThrow(() -> new IllegalStateException("IN_REVIEW without a pending verdict"));
        if (proposal.getProposer().getUsername().equals(approver.getUsername())) {
            throw new PublishNotAllowedException(PublishNotAllowedException.Reason.OWN_PROPOSAL);
        }
        move(ClaimStatus.PUBLISHED, ClaimStatus.IN_REVIEW);
        proposal.decide(VerdictOutcome.APPROVED, approver, now, null);
        statusReason = null;
        updatedAt = now;
        return proposal;
    }

    public void reject(UserAccount by, String reason, Instant now) {
        String why = reason("reason", reason, "Say why the claim is not check-worthy.");
        move(ClaimStatus.REJECTED, ClaimStatus.NEW, ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);
        pendingProposal().ifPresent(p -> p.decide(VerdictOutcome.WITHDRAWN, by, now, why));
        statusReason = why;
        updatedAt = now;
    }

    /** Back into research: a correction of a published verdict, or a second look at a rejected claim. */
    public void reopen(String reason, Instant now) {
        String why = reason("reason", reason, "Say why the claim is reopened.");
        move(ClaimStatus.IN_RESEARCH, ClaimStatus.PUBLISHED, ClaimStatus.REJECTED);
        statusReason = why;
        updatedAt = now;
    }

    /** Marks this claim a duplicate of {@code target}; the target takes over its appearances and tags. */
    public void mergeInto(Claim target, UserAccount by, Instant now) {
        if (target == this || (id != null && id.equals(target.id))) {
            throw new InvalidInputException("target", "A claim cannot be merged into itself.");
        }
        if (target.status == ClaimStatus.MERGED) {
            throw new InvalidInputException("target", "Claim " + target.id + " was itself merged into claim "
                    + target.mergedIntoId + "; merge into that one.");
        }
        move(ClaimStatus.MERGED, ClaimStatus.NEW, ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);
        pendingProposal().ifPresent(p -> p.decide(VerdictOutcome.WITHDRAWN, by, now, "merged into claim " + target.id));
        mergedIntoId = target.id;
        statusReason = "Duplicate of claim " + target.id;
        updatedAt = now;
        target.absorb(this, now);
    }

    private void absorb(Claim duplicate, Instant now) {
        tags.addAll(duplicate.tags);
        duplicate.appearances.stream().filter(a -> !appearances.contains(a)).forEach(appearances::add);
        updatedAt = now;
    }

    private void apply(ClaimDetails d, Instant now) {
        statement = d.statement();
        claimant = d.claimant();
        language = d.language();
        tags.clear();
        tags.addAll(d.tags());
        appearances.clear();
        appearances.addAll(d.appearances());
        collectionId = d.collectionId();
        updatedAt = now;
    }

    private void move(ClaimStatus target, ClaimStatus... allowedFrom) {
        if (!Arrays.asList(allowedFrom).contains(status) || !status.canMoveTo(target)) {
            throw new IllegalTransitionException(idOrZero(), status, target);
        }
        status = target;
    }

    /** For other aggregates tied to the claim (evidence, for one): refuses {@code action} once the claim is closed. */
    public void ensureOpenFor(String action) {
        ensureOpen(action);
    }

    private void ensureOpen(String action) {
        if (!status.isOpen()) throw new IllegalTransitionException(idOrZero(), status, action);
    }

    private static String reason(String field, String value, String missing) {
        if (value == null || value.isBlank()) throw new InvalidInputException(field, missing);
        if (value.strip().length() > 4000) throw new InvalidInputException(field, "At most 4000 characters.");
        return value.strip();
    }

    private long idOrZero() {
        return id == null ? 0 : id;
    }

    public Optional<VerdictProposal> pendingProposal() {
        return proposals.stream().filter(VerdictProposal::isPending).findFirst();
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public Long getId() {
        return id;
    }

    public String getStatement() {
        return statement;
    }

    public String getClaimant() {
        return claimant;
    }

    public String getLanguage() {
        return language;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public List<Appearance> getAppearances() {
        return List.copyOf(appearances);
    }

    public Long getCollectionId() {
        return collectionId;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public List<VerdictProposal> getProposals() {
        return List.copyOf(proposals);
    }

    public long getVersion() {
        return version;
    }
}
