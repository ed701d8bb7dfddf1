package org.factbench.core.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;
import org.hibernate.annotations.BatchSize;

/** A comment in a claim's thread. The mentioned users are stored, not just the text, so they can be notified. */
@Entity
@Table(name = "claim_comment")
public class Comment {

    static final int MAX_BODY = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_comment_seq")
    @SequenceGenerator(name = "claim_comment_seq", sequenceName = "claim_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @ManyToMany
    @JoinTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @BatchSize(size = 100)
    private Set<UserAccount> mentions = new HashSet<>();

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(long claimId, UserAccount author, String body, Collection<UserAccount> mentioned, Instant now) {
        this.claimId = claimId;
        this.author = author;
        this.createdAt = now;
        setBody(body, mentioned);
    }

    public void edit(UserAccount by, String newBody, Collection<UserAccount> mentioned, Instant now) {
        if (!author.getUsername().equals(by.getUsername())) throw new NotTheAuthorException();
        setBody(newBody, mentioned);
        editedAt = now;
    }

    private void setBody(String text, Collection<UserAccount> mentioned) {
        if (text == null || text.isBlank()) throw new InvalidInputException("body", "Write something first.");
        if (text.strip().length() > MAX_BODY) throw new InvalidInputException("body", "A comment can have at most " + MAX_BODY + " characters.");
        body = text.strip();
        mentions.clear();
        mentions.addAll(mentioned);
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    /** Sorted by username, so views are stable. */
    public List<UserAccount> getMentions() {
        return mentions.stream().sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    public long getVersion() {
        return version;
    }
}
