package org.factbench.web.claim.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.matching.ClaimMatching;
import org.factbench.core.matching.SimilarClaimView;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The workspace's possible duplicates are found after the claim is shown, off the request, and pushed in. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class DuplicatesPanelLoadingTest extends SpringBrowserlessTest {

    private static final String LOADING = "Looking for similar claims…";

    @Autowired CorpusStoreStartup corpusStartup;
    @Autowired ClaimService claims;
    @Autowired ClaimMatching matching;

    @Autowired
    ClaimFixtures fixtures;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
    }

    @Test
    void the_claim_opens_looking_for_duplicates_and_the_near_identical_one_is_pushed_in_with_its_score() {
        String word = "wombat" + System.nanoTime();
        ClaimView other = fixtures.newClaim("The " + word + " census counted 312 animals, said the minister");
        ClaimView claim = fixtures.newClaim("The " + word + " census counted 312 animals");

        DuplicatesPanel panel = open(claim.id()).duplicates;

        assertThat(panel.none.getText()).isEqualTo(LOADING);
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(panel.items.getChildren()).isEmpty();
        awaitLoaded(panel);
        SimilarClaimView expected = matching.duplicatesOf(claim.id(), 5).stream()
                .filter(s -> s.claimId() == other.id()).findFirst().orElseThrow();
        assertThat(panel.none.isVisible()).isFalse();
        assertThat(itemFor(panel, other).getElement().getTextRecursively()).contains(other.statement())
                .contains(Math.round(expected.score() * 100) + "% similar").contains("New");
        assertThat(mergeButton(itemFor(panel, other))).as("a checker may not merge").isNull();
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_merges_the_duplicate_and_the_list_is_looked_up_again_without_it() {
        String word = "quokka" + System.nanoTime();
        ClaimView duplicate = fixtures.newClaim("Unemployment among " + word + " fell to four percent in 2023, a report says");
        ClaimView claim = fixtures.newClaim("Unemployment among " + word + " fell to four percent in 2023");
        ClaimWorkspaceView view = open(claim.id());
        DuplicatesPanel panel = awaitLoaded(view.duplicates);

        test(mergeButton(itemFor(panel, duplicate))).click();
        roundTrip();
        test(view.actions.dialog.fields.getFirst()).setValue("Same statement, reported twice.");
        test(view.actions.dialog.confirm).click();

        ClaimView closed = claims.get(duplicate.id());
        assertThat(closed.status()).isEqualTo(ClaimStatus.MERGED);
        assertThat(closed.mergedIntoId()).isEqualTo(claim.id());
        assertThat(view.actions.dialog.isOpened()).isFalse();
        assertThat(panel.none.getText()).as("the old list went at once").isEqualTo(LOADING);
        awaitLoaded(panel);
        assertThat(panel.getElement().getTextRecursively()).doesNotContain(duplicate.statement());
    }

    @Test
    void duplicates_found_for_a_claim_no_longer_shown_are_dropped() {
        String word = "numbat" + System.nanoTime();
        ClaimView other = fixtures.newClaim("Ferries carried " + word + " across the strait all winter, officials said");
        ClaimView first = fixtures.newClaim("Ferries carried " + word + " across the strait all winter");
        ClaimView second = fixtures.newClaim("Tomatoes ripen slowly in a cold greenhouse " + System.nanoTime());

        ClaimWorkspaceView view = open(first.id());
        ClaimWorkspaceView same = open(second.id());

        assertThat(same).as("the workspace is reused for the next claim").isSameAs(view);
        DuplicatesPanel panel = awaitLoaded(view.duplicates);
        // The first claim's search started earlier and may finish later: give it time to arrive (and be dropped).
        for (int i = 0; i < 20; i++) {
            pause();
            runPendingAccessTasks();
            assertThat(panel.getElement().getTextRecursively()).doesNotContain(other.statement());
        }
    }

    private ClaimWorkspaceView open(long claimId) {
        return navigate(new ClaimLink(claimId).href(), ClaimWorkspaceView.class);
    }

    /** The duplicates are found off the request and pushed in: run the UI updates queued meanwhile. */
    private static DuplicatesPanel awaitLoaded(DuplicatesPanel panel) {
        for (int i = 0; i < 300 && panel.none.getText().equals(LOADING); i++) {
            pause();
            runPendingAccessTasks();
        }
        assertThat(panel.none.getText()).as("duplicates looked up within 15 s").isNotEqualTo(LOADING);
        return panel;
    }

    private static void runPendingAccessTasks() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ListItem itemFor(DuplicatesPanel panel, ClaimView claim) {
        List<ListItem> listed = panel.items.getChildren().map(ListItem.class::cast).toList();
        return listed.stream().filter(item -> item.getElement().getTextRecursively().contains(claim.statement()))
                .findFirst().orElseThrow(() -> new AssertionError("claim " + claim.id() + " not listed in " + listed.size()));
    }

    private static Button mergeButton(ListItem item) {
        return item.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElse(null);
    }
}
