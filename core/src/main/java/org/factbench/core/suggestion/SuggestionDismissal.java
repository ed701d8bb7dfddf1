package org.factbench.core.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A suggested passage a checker dismissed for one claim; it is not suggested for that claim again. Keyed by the
 * passage id (article, version, ordinal): a new version of the article has new passages, which may be suggested.
 */
@Entity
@Table(name = "suggestion_dismissal")
class SuggestionDismissal {

    static final int MAX_PASSAGE_ID = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "passage_id", nullable = false, length = MAX_PASSAGE_ID)
    private String passageId;

    @Column(name = "article_id", nullable = false, length = MAX_PASSAGE_ID)
    private String articleId;

    @Column(name = "dismissed_by", nullable = false)
    private long dismissedBy;

    @Column(name = "dismissed_at", nullable = false)
    private Instant dismissedAt;

    protected SuggestionDismissal() {
    }

    SuggestionDismissal(long claimId, String passageId, String articleId, long dismissedBy, Instant dismissedAt) {
        this.claimId = claimId;
        this.passageId = passageId;
        this.articleId = articleId;
        this.dismissedBy = dismissedBy;
        this.dismissedAt = dismissedAt;
    }

    Long getId() {
        return id;
    }

    long getClaimId() {
        return claimId;
    }

    String getPassageId() {
        return passageId;
    }

    String getArticleId() {
        return articleId;
    }
}
