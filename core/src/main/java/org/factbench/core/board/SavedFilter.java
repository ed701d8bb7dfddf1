package org.factbench.core.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimSort;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.shared.InvalidInputException;

/** A board filter one user saved under a name. */
@Entity
@Table(name = "saved_board_filter")
class SavedFilter {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ClaimStatus status;

    @Column(length = 64)
    private String assignee;

    @Column(name = "collection_id")
    private Long collectionId;

    @Column(length = 64)
    private String tag;

    @Column(name = "search_text", length = 300)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_key", nullable = false, length = 16)
    private ClaimSort.Key sortKey;

    @Column(name = "sort_ascending", nullable = false)
    private boolean sortAscending;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    private long version;

    protected SavedFilter() {
    }

    SavedFilter(long ownerId, String name) {
        this.ownerId = ownerId;
        this.name = validName(name);
    }

    void set(ClaimFilter filter, ClaimSort sort, Instant now) {
        if (filter.text() != null && filter.text().strip().length() > 300) {
            throw new InvalidInputException("text", "A saved search text can have at most 300 characters.");
        }
        status = filter.status();
        assignee = filter.assignee();
        collectionId = filter.collectionId();
        tag = filter.tag();
        searchText = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        sortKey = sort.by();
        sortAscending = sort.ascending();
        savedAt = now;
    }

    static String validName(String name) {
        if (name == null || name.isBlank()) throw new InvalidInputException("name", "Give the filter a name.");
        String clean = name.strip();
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "A filter name can have at most " + MAX_NAME + " characters.");
        }
        return clean;
    }

    SavedFilterView toView() {
        return new SavedFilterView(id, name, new ClaimFilter(status, assignee, collectionId, tag, searchText),
                new ClaimSort(sortKey, sortAscending), savedAt);
    }

    long getOwnerId() {
        return ownerId;
    }
}
