package org.factbench.core.collection;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;

/** A named set of claims. Claims point to their collection, so a collection knows nothing of its claims. */
@Entity
@Table(name = "claim_collection")
public class ClaimCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_collection_seq")
    @SequenceGenerator(name = "claim_collection_seq", sequenceName = "claim_collection_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ClaimCollection() {
    }

    public ClaimCollection(String name, String description, UserAccount createdBy, Instant createdAt) {
        describe(name, description);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String newName, String newDescription) {
        if (newName == null || newName.isBlank()) throw new InvalidInputException("name", "Give the collection a name.");
        if (newName.strip().length() > 200) throw new InvalidInputException("name", "A name can have at most 200 characters.");
        if (newDescription != null && newDescription.length() > 4000) {
            throw new InvalidInputException("description", "A description can have at most 4000 characters.");
        }
        this.name = newName.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
