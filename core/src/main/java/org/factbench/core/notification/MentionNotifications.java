package org.factbench.core.notification;

import java.util.List;
import org.factbench.core.comment.CommentAdded;
import org.factbench.core.comment.CommentEdited;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A committed comment that mentions someone notifies them; writing your own name notifies nobody. Runs after the
 * comment committed, so a failed notification never undoes the comment.
 */
@Component
class MentionNotifications {

    private final Notifier notifier;

    MentionNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @TransactionalEventListener
    void on(CommentAdded event) {
        notifyAll(event.mentioned(), event.by(), event.claimId());
    }

    @TransactionalEventListener
    void on(CommentEdited event) {
        notifyAll(event.newlyMentioned(), event.by(), event.claimId());
    }

    private void notifyAll(List<String> mentioned, String author, long claimId) {
        mentioned.stream().filter(username -> !username.equals(author))
                .forEach(username -> notifier.notify(username, author, Notice.mentionedOn(claimId)));
    }
}
