package org.factbench.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.comment.CommentView;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.RecordedEvents;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mentions become notifications after commit; each user reads and marks only their own. */
@CoreSpringTest
abstract class NotificationsTest {

    @Autowired ClaimService claims;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;
    @Autowired Notifier notifier;
    @Autowired TestUsers users;
    @Autowired RecordedEvents events;

    @Test
    void a_mention_notifies_the_mentioned_user_once_and_not_the_author_nor_anyone_else() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        long editorUnread = users.editor(notifications::unreadCount);
        long checker2Unread = users.checker2(notifications::unreadCount);

        users.checker(() -> comments.add(claim.id(), "@editor please look, and @checker notes it"));

        List<NotificationView> editors = aboutClaim(users.editor(() -> notifications.mine(100)), claim.id());
        assertThat(editors).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.MENTIONED);
            assertThat(n.actor().username()).isEqualTo(TestUsers.CHECKER);
            assertThat(n.subjectType()).isEqualTo(Notice.CLAIM);
            assertThat(n.read()).isFalse();
        });
        assertThat(users.editor(notifications::unreadCount)).isEqualTo(editorUnread + 1);
        assertThat(aboutClaim(users.checker(() -> notifications.mine(100)), claim.id())).as("the author mentioned themselves").isEmpty();
        assertThat(users.checker2(notifications::unreadCount)).isEqualTo(checker2Unread);
        assertThat(events.of(NotificationCreated.class)).anySatisfy(e -> {
            assertThat(e.notificationId()).isEqualTo(editors.getFirst().id());
            assertThat(e.recipient()).isEqualTo(TestUsers.EDITOR);
        });
    }

    @Test
    void an_edit_notifies_only_the_users_it_newly_mentions() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        CommentView comment = users.checker(() -> comments.add(claim.id(), "@editor first"));
        users.checker(() -> comments.edit(comment.id(), comment.version(), "@editor and @editor2 now"));

        assertThat(aboutClaim(users.editor(() -> notifications.mine(100)), claim.id())).hasSize(1);
        assertThat(aboutClaim(users.editor2(() -> notifications.mine(100)), claim.id())).hasSize(1);
    }

    @Test
    void a_user_marks_their_own_notification_read_and_cannot_touch_anyone_elses() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        users.checker(() -> comments.add(claim.id(), "@checker2 over to you"));
        NotificationView mine = aboutClaim(users.checker2(() -> notifications.mine(100)), claim.id()).getFirst();

        assertThatThrownBy(() -> users.editor(() -> notifications.markRead(mine.id()))).isInstanceOf(NotFoundException.class);
        assertThat(aboutClaim(users.checker2(() -> notifications.mine(100)), claim.id()).getFirst().read()).isFalse();

        long before = users.checker2(notifications::unreadCount);
        assertThat(users.checker2(() -> notifications.markRead(mine.id())).read()).isTrue();
        assertThat(users.checker2(notifications::unreadCount)).isEqualTo(before - 1);
        assertThat(users.checker2(() -> notifications.markRead(mine.id())).read()).as("marking twice is harmless").isTrue();
    }

    @Test
    void mark_all_read_clears_the_callers_unread_count_only() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        users.checker(() -> comments.add(claim.id(), "@editor and @editor2 both"));
        long editor2Unread = users.editor2(notifications::unreadCount);

        assertThat(users.editor(notifications::markAllRead)).isPositive();
        assertThat(users.editor(notifications::unreadCount)).isZero();
        assertThat(users.editor2(notifications::unreadCount)).isEqualTo(editor2Unread);
    }

    @Test
    void any_feature_can_notify_a_user_of_something_of_its_own_and_the_newest_comes_first() {
        users.ensure();
        notifier.notify(TestUsers.EDITOR2, null, new Notice("DOSSIER_READY", "COLLECTION", 7L, "Moscow talks"));

        NotificationView newest = users.editor2(() -> notifications.mine(1)).getFirst();
        assertThat(newest.kind()).isEqualTo("DOSSIER_READY");
        assertThat(newest.actor()).as("Factbench itself").isNull();
        assertThat(newest.detail()).isEqualTo("Moscow talks");
        assertThat(notifier.notify("nobody-such", null, Notice.mentionedOn(1))).isEmpty();
        assertThatThrownBy(() -> users.editor2(() -> notifications.mine(0))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Notice("X", "CLAIM", null, null)).isInstanceOf(InvalidInputException.class);
    }

    private static List<NotificationView> aboutClaim(List<NotificationView> list, long claimId) {
        return list.stream().filter(n -> Notice.CLAIM.equals(n.subjectType()) && Long.valueOf(claimId).equals(n.subjectId())).toList();
    }
}
