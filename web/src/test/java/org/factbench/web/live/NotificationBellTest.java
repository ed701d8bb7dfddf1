package org.factbench.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factbench.web.live.LiveViewsTest.awaitOnUi;
import static org.factbench.web.live.LiveViewsTest.claim;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.notification.NotificationService;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.search.SearchView;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired ClaimService claims;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;

    @Test
    void a_mention_arrives_live_in_the_bell_and_opening_it_marks_it_read() {
        notifications.markAllRead();
        navigate(SearchView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.count.isVisible()).as("nothing unread").isFalse();
        assertThat(bell.bell.getAriaLabel()).contains("Notifications, none unread");

        ClaimView claim = AsUser.run("editor", "EDITOR", () -> claims.create(claim("mention")));
        AsUser.run("editor", "EDITOR", () -> comments.add(claim.id(), "@checker can you look at the date?"));

        awaitOnUi(() -> bell.count.isVisible());
        assertThat(bell.count.getText()).isEqualTo("1");
        assertThat(bell.bell.getAriaLabel()).contains("Notifications, 1 unread");
        assertThat($(Notification.class).all()).as("a toast says it").anySatisfy(toast ->
                assertThat(test(toast).getText()).contains("Demo Editor mentioned you on claim #" + claim.id()));

        test(bell.bell).click();
        List<Button> items = $(Button.class, bell.list).withClassName("fb-notification").all();
        assertThat(items).first().satisfies(item -> {
            assertThat(item.getText()).isEqualTo("Demo Editor mentioned you on claim #" + claim.id());
            assertThat(item.hasClassName("fb-unread")).isTrue();
        });

        test(items.getFirst()).click();
        assertThat(bell.count.isVisible()).as("read once opened").isFalse();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void notifications_wait_for_a_user_who_was_offline_and_mark_all_read_clears_them() {
        notifications.markAllRead();
        ClaimView claim = AsUser.run("editor", "EDITOR", () -> claims.create(claim("offline")));
        AsUser.run("editor", "EDITOR", () -> comments.add(claim.id(), "@checker one"));
        AsUser.run("editor", "EDITOR", () -> comments.add(claim.id(), "@checker two"));

        navigate(SearchView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.count.getText()).isEqualTo("2");
        test(bell.bell).click();
        assertThat($(Button.class, bell.list).withClassName("fb-unread").all()).hasSize(2);

        test(bell.markAll).click();
        assertThat(bell.count.isVisible()).isFalse();
        assertThat($(Button.class, bell.list).withClassName("fb-unread").all()).isEmpty();
        assertThat(bell.markAll.isEnabled()).isFalse();
    }
}
