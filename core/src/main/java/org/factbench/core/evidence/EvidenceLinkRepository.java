package org.factbench.core.evidence;

import java.util.List;
import org.factbench.core.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceLinkRepository extends JpaRepository<EvidenceLink, Long> {

    default EvidenceLink require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Evidence link", id));
    }

    /** With authors in the same query: a workspace shows every link with who made it. */
    @Query("select e from EvidenceLink e join fetch e.author where e.claimId = :claimId order by e.id")
    List<EvidenceLink> findByClaimWithAuthors(long claimId);

    /** The next chunk of links of an article that have not yet been checked against {@code version}, by id. */
    @Query("select e from EvidenceLink e where e.articleId = :articleId and e.checkedVersion < :version and e.id > :afterId order by e.id")
    List<EvidenceLink> findNotCheckedAgainst(String articleId, int version, long afterId, Limit limit);

    /** Per article with evidence, after {@code afterArticleId} in id order: the oldest version a link was checked against. */
    @Query("select new org.factbench.core.evidence.CheckedArticle(e.articleId, min(e.checkedVersion)) from EvidenceLink e "
            + "where e.articleId > :afterArticleId group by e.articleId order by e.articleId")
    List<CheckedArticle> findCheckedArticles(String afterArticleId, Limit limit);

    @Query("select e.id from EvidenceLink e where e.claimId = :claimId order by e.id")
    List<Long> findIdsByClaimId(long claimId);

    /** Moves all links of one claim to another; {@code versioned} bumps their versions so open edits go stale. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update versioned EvidenceLink e set e.claimId = :toClaimId where e.claimId = :fromClaimId")
    int moveAll(long fromClaimId, long toClaimId);
}
