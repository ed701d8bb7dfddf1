package org.factbench.core.comment;

import java.util.List;
import org.factbench.core.shared.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    default Comment require(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Comment", id));
    }

    @Query("select c from Comment c join fetch c.author where c.claimId = :claimId order by c.createdAt, c.id")
    List<Comment> findThread(long claimId);

    @Query("select c.id from Comment c where c.claimId = :claimId order by c.id")
    List<Long> findIdsByClaimId(long claimId);

    /** Moves a whole thread to another claim; {@code versioned} makes open edits of those comments go stale. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update versioned Comment c set c.claimId = :toClaimId where c.claimId = :fromClaimId")
    int moveAll(long fromClaimId, long toClaimId);
}
