package org.factbench.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n left join fetch n.actor where n.recipient.username = :username"
            + " order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(String username, Limit limit);

    @Query("select count(n) from Notification n where n.recipient.username = :username and n.readAt is null")
    long countUnread(String username);

    @Query("select n from Notification n where n.id = :id and n.recipient.username = :username")
    Optional<Notification> findOwn(long id, String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.readAt is null"
            + " and n.recipient.id = (select u.id from UserAccount u where u.username = :username)")
    int markAllRead(String username, Instant now);
}
