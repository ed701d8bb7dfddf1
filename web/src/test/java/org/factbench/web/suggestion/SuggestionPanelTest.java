package org.factbench.web.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.core.suggestion.Suggestion;
import org.factbench.core.suggestion.SuggestionService;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.claim.workspace.ClaimLink;
import org.factbench.web.claim.workspace.ClaimWorkspaceView;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The suggestions slot of the claim workspace over the sample corpus, embedded in the background by the app. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class SuggestionPanelTest extends SpringBrowserlessTest {

    @Autowired CorpusStoreStartup corpusStartup;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired EvidenceService evidence;
    @Autowired SourceCorpus corpus;
    @Autowired SuggestionService suggestions;

    ClaimFixtures fixtures;

    @BeforeEach
    void sampleCorpusIsLoadedAndEmbedded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        fixtures = new ClaimFixtures(claims, review, evidence, corpus);
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!suggestions.embeddingProgress().complete() && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertThat(suggestions.embeddingProgress().complete()).as("sample corpus embedded in the background").isTrue();
    }

    @Test
    void the_demo_claim_shows_the_moscow_meeting_with_badges_and_why() {
        SuggestionPanel panel = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id());

        assertThat(panel.shown).hasSizeGreaterThanOrEqualTo(5);
        SuggestionPanel.Item first = panel.shown.getFirst();
        assertThat(first.text.getText()).contains("Moscow").contains("23-24 December 2021");
        assertThat(badges(first)).contains("date agrees: 23-24 December 2021", "place agrees: Moscow", "semantic match")
                .anyMatch(b -> b.startsWith("matched terms: ") && b.contains("Moscow"));
        assertThat(panel.coverage.getText()).startsWith("Semantic matching covers all");
        assertThat(panel.shown).as("the article that dates the meeting wrongly is flagged")
                .anyMatch(item -> badges(item).stream().anyMatch(b -> b.startsWith("date differs: ")));
    }

    @Test
    void accepting_links_the_whole_passage_with_the_chosen_stance_and_dismissing_is_remembered() {
        ClaimView claim = fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM);
        SuggestionPanel panel = open(claim.id());
        Suggestion accepted = panel.shown.get(0).suggestion;
        Suggestion dismissed = panel.shown.get(1).suggestion;

        test(panel.shown.get(0).refutes).click();

        List<EvidenceView> links = evidence.forClaim(claim.id());
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.stance()).isEqualTo(Stance.REFUTES);
            assertThat(link.articleId()).isEqualTo(accepted.articleId());
            assertThat(link.startOffset()).isEqualTo(accepted.start());
            assertThat(link.endOffset()).isEqualTo(accepted.end());
            assertThat(link.quoteExact()).isEqualTo(accepted.text());
        });
        assertThat(panel.shown).extracting(item -> item.suggestion.passageId()).doesNotContain(accepted.passageId());

        SuggestionPanel.Item toDismiss = panel.shown.stream()
                .filter(item -> item.suggestion.passageId().equals(dismissed.passageId())).findFirst().orElseThrow();
        test(toDismiss.dismiss).click();
        assertThat(panel.shown).extracting(item -> item.suggestion.passageId()).doesNotContain(dismissed.passageId());

        SuggestionPanel reopened = open(claim.id());
        assertThat(reopened.shown).extracting(item -> item.suggestion.passageId())
                .isNotEmpty().doesNotContain(dismissed.passageId(), accepted.passageId());
        assertThat(suggestions.dismissedFor(claim.id())).containsExactly(dismissed.passageId());

        SuggestionPanel other = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM + ", said a guest").id());
        assertThat(other.shown).as("dismissed for that claim only").extracting(item -> item.suggestion.passageId())
                .contains(dismissed.passageId());
    }

    @Test
    void the_claim_opens_before_its_suggestions_are_found_and_they_are_pushed_in() {
        navigate(new ClaimLink(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id()).href(), ClaimWorkspaceView.class);
        SuggestionPanel panel = $(SuggestionPanel.class).first();

        assertThat(panel.none.getText()).isEqualTo("Finding passages that bear on this claim…");
        assertThat(panel.shown).isEmpty();
        awaitLoaded(panel);
        assertThat(panel.shown).isNotEmpty();
        assertThat(panel.none.isVisible()).isFalse();
    }

    @Test
    void passage_text_is_shown_as_text() {
        SuggestionPanel panel = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id());

        assertThat(panel.shown.getFirst().text.getElement().getProperty("innerHTML")).isNull();
        assertThat(panel.shown.getFirst().text.getElement().getText()).isEqualTo(panel.shown.getFirst().suggestion.text());
    }

    private SuggestionPanel open(long claimId) {
        navigate(new ClaimLink(claimId).href(), ClaimWorkspaceView.class);
        return awaitLoaded($(SuggestionPanel.class).first());
    }

    /** The suggestions are found off the request and pushed in: run the UI updates queued meanwhile. */
    private static SuggestionPanel awaitLoaded(SuggestionPanel panel) {
        VaadinSession session = VaadinSession.getCurrent();
        for (int i = 0; i < 300 && panel.none.getText().startsWith("Finding"); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(panel.none.getText()).as("suggestions loaded within 15 s").doesNotStartWith("Finding");
        return panel;
    }

    private static List<String> badges(SuggestionPanel.Item item) {
        return item.badges.getChildren().map(c -> ((Span) c).getText()).toList();
    }
}
