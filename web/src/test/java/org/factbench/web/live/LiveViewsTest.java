package org.factbench.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentAdded;
import org.factbench.core.comment.CommentService;
import org.factbench.core.user.UserSummary;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.claim.board.ClaimsBoardView;
import org.factbench.web.search.SearchView;
import org.factbench.web.security.LoggedInUser;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Presence avatars and live subscriptions in a real UI of the running application, without a browser. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class LiveViewsTest extends SpringBrowserlessTest {

    @Autowired Presence presence;
    @Autowired ClaimBroadcaster broadcaster;
    @Autowired LoggedInUser loggedInUser;
    @Autowired ClaimService claims;
    @Autowired CommentService comments;

    @Test
    void the_viewer_sees_themselves_and_whoever_else_opens_the_claim_until_they_leave() {
        long claimId = 900_001;
        PresenceAvatars avatars = new PresenceAvatars(presence, claimId, me());
        UI.getCurrent().add(avatars);
        assertThat(avatars.names()).containsExactly("Demo Checker (you)");
        assertThat(avatars.getElement().getAttribute("aria-label")).isEqualTo("On this claim now: Demo Checker (you)");

        Registration editor = presence.enter(claimId, new Presence.Tab("another-browser", 1), new PresentUser("editor", "Demo Editor"));
        awaitOnUi(() -> avatars.names().equals(List.of("Demo Checker (you)", "Demo Editor")));
        presence.leaveSession("another-browser");
        awaitOnUi(() -> avatars.names().equals(List.of("Demo Checker (you)")));
        editor.remove();

        UI.getCurrent().remove(avatars);
        assertThat(presence.present(claimId)).as("gone when the view is left").isEmpty();
    }

    @Test
    void detaching_many_open_claims_leaves_no_listener_and_no_presence_behind() {
        InProcessClaimBroadcaster events = (InProcessClaimBroadcaster) broadcaster;
        InProcessPresence tabs = (InProcessPresence) presence;
        int subscriptionsBefore = events.subscriptions();
        int tabsBefore = tabs.tabs();
        int watchersBefore = tabs.watchers();
        List<Div> views = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Div view = new Div(new PresenceAvatars(presence, 900_100 + i % 4, me()));
            LiveUpdates.forClaim(view, broadcaster, 900_100 + i % 4, event -> view.setText("changed"));
            LiveUpdates.forAllClaims(view, broadcaster, event -> { });
            UI.getCurrent().add(view);
            views.add(view);
        }
        assertThat(events.subscriptions()).isEqualTo(subscriptionsBefore + 80);
        assertThat(tabs.tabs()).isEqualTo(tabsBefore + 40);

        views.forEach(UI.getCurrent()::remove);

        assertThat(events.subscriptions()).isEqualTo(subscriptionsBefore);
        assertThat(tabs.tabs()).isEqualTo(tabsBefore);
        assertThat(tabs.watchers()).isEqualTo(watchersBefore);
    }

    @Test
    void a_committed_change_reaches_the_view_of_its_claim_and_no_other() {
        ClaimView watched = claims.create(claim("watched"));
        ClaimView other = claims.create(claim("other"));
        List<Long> seenByWatched = new ArrayList<>();
        List<Long> seenByOther = new ArrayList<>();
        Div watchedView = new Div();
        Div otherView = new Div();
        LiveUpdates.forClaim(watchedView, broadcaster, watched.id(), event -> seenByWatched.add(((CommentAdded) event).commentId()));
        LiveUpdates.forClaim(otherView, broadcaster, other.id(), event -> seenByOther.add(event.claimId()));
        UI.getCurrent().add(watchedView, otherView);

        long first = AsUser.run("editor", "EDITOR", () -> comments.add(watched.id(), "first").id());
        long second = AsUser.run("editor", "EDITOR", () -> comments.add(watched.id(), "second").id());

        awaitOnUi(() -> seenByWatched.size() == 2);
        assertThat(seenByWatched).containsExactly(first, second);
        assertThat(seenByOther).isEmpty();
    }

    @Test
    void the_claims_board_fetches_its_rows_again_on_any_claim_change_while_shown_and_stops_listening_when_left() {
        InProcessClaimBroadcaster events = (InProcessClaimBroadcaster) broadcaster;
        navigate(SearchView.class);
        int before = events.subscriptions();
        navigate(ClaimsBoardView.class);
        Grid<?> grid = $(Grid.class).single();
        int rows = test(grid).size();
        assertThat(events.subscriptions()).as("the board listens while shown").isGreaterThan(before);

        AsUser.run("editor", "EDITOR", () -> claims.create(claim("board")));
        awaitOnUi(() -> test(grid).size() == rows + 1);

        navigate(SearchView.class);
        assertThat(events.subscriptions()).as("and not once left").isEqualTo(before);
        // A change after leaving reaches no board (it once asked the detached board for its UI, and failed).
        AsUser.run("editor", "EDITOR", () -> claims.create(claim("after the board")));
        assertThat(events.subscriptions()).isEqualTo(before);
    }

    private UserSummary me() {
        return loggedInUser.get().orElseThrow();
    }

    static ClaimDetails claim(String word) {
        return new ClaimDetails("Live views test claim about " + word + " " + System.nanoTime(), "A spokesperson", "en",
                List.of(), List.of(new Appearance("https://example.org/live/" + System.nanoTime(), LocalDate.of(2022, 1, 10))), null);
    }

    /** Runs the UI's queued pushes (what the browser would receive) until {@code condition} holds. */
    static void awaitOnUi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) return;
            assertThat(System.nanoTime()).as("the pushed update arrived within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
