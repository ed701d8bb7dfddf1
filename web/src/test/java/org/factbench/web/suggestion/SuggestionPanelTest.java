package org.factbench.web.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
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
    @Autowired EvidenceService evidence;
    @Autowired SourceCorpus corpus;
    @Autowired SuggestionService suggestions;

    @Autowired ClaimFixtures fixtures;

    @BeforeEach
    void sampleCorpusIsLoadedAndEmbedded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!suggestions.embeddingProgress().complete() && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertThat(suggestions.embeddingProgress().complete()).as("sample corpus embedded in the background").isTrue();
    }

    @Test
    void the_demo_claim_shows_the_moscow_meeting_with_badges_and_why() {
        SuggestionPanel panel = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id());

        assertThat(panel.shown()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(test(panel.list).size()).as("rows in the list").isEqualTo(panel.shown().size());
        Suggestion best = panel.shown().getFirst();
        SuggestionCardText first = cards(panel).getFirst();
        assertThat(first.text()).isEqualTo(best.text()).contains("Moscow").contains("23-24 December 2021");
        assertThat(first.readerHref()).isEqualTo("article/" + best.articleId() + "/" + best.articleVersion()
                + "?start=" + best.start() + "&end=" + best.end());
        assertThat(first.title()).isNotBlank();
        assertThat(first.badgeTexts()).contains("date agrees: 23-24 December 2021", "place agrees: Moscow", "semantic match")
                .anyMatch(b -> b.startsWith("matched terms: ") && b.contains("Moscow"));
        // Compared facts carry their agreement (styled by it) and the hint that they are automatic; reasons do not.
        assertThat(first.badges()).contains(
                new SuggestionBadge("place agrees: Moscow", "agrees", "Compared with the claim automatically: a hint, not a verdict."),
                new SuggestionBadge("semantic match", "why", null));
        assertThat(List.of(first.supports(), first.refutes(), first.context(), first.dismiss()))
                .containsExactly("Supports", "Refutes", "Context", "Dismiss");
        assertThat(first.supportsLabel()).startsWith("Link as supporting: ").endsWith("...");
        assertThat(first.dismissLabel()).startsWith("Dismiss for this claim: ");
        assertThat(panel.coverage.getText()).startsWith("Semantic matching covers all");
        assertThat(cards(panel)).as("the article that dates the meeting wrongly is flagged")
                .anyMatch(card -> card.badges().stream().anyMatch(b -> b.text().startsWith("date differs: ")
                        && b.agreement().equals("differs")));
    }

    @Test
    void accepting_links_the_whole_passage_with_the_chosen_stance_and_dismissing_is_remembered() {
        ClaimView claim = fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM);
        SuggestionPanel panel = open(claim.id());
        Suggestion accepted = panel.shown().get(0);
        Suggestion dismissed = panel.shown().get(1);

        // What the card's Refutes button calls, for the row it is drawn in.
        test(panel.list).invokeLitRendererFunction(0, "refutes");

        List<EvidenceView> links = evidence.forClaim(claim.id());
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.stance()).isEqualTo(Stance.REFUTES);
            assertThat(link.articleId()).isEqualTo(accepted.articleId());
            assertThat(link.startOffset()).isEqualTo(accepted.start());
            assertThat(link.endOffset()).isEqualTo(accepted.end());
            assertThat(link.quoteExact()).isEqualTo(accepted.text());
            assertThat(link.note()).isEqualTo("Accepted from the suggestions");
        });
        assertThat(passageIds(panel)).doesNotContain(accepted.passageId());
        assertThat(cards(panel)).extracting(SuggestionCardText::text).doesNotContain(accepted.text());

        test(panel.list).invokeLitRendererFunction(panel.shown().indexOf(dismissed), "dismiss");
        assertThat(passageIds(panel)).doesNotContain(dismissed.passageId());
        assertThat(evidence.forClaim(claim.id())).as("dismissing links nothing").hasSize(1);

        SuggestionPanel reopened = open(claim.id());
        assertThat(passageIds(reopened)).isNotEmpty().doesNotContain(dismissed.passageId(), accepted.passageId());
        assertThat(suggestions.dismissedFor(claim.id())).containsExactly(dismissed.passageId());

        SuggestionPanel other = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM + ", said a guest").id());
        assertThat(passageIds(other)).as("dismissed for that claim only").contains(dismissed.passageId());
    }

    @Test
    void the_claim_opens_before_its_suggestions_are_found_and_they_are_pushed_in() {
        navigate(new ClaimLink(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id()).href(), ClaimWorkspaceView.class);
        SuggestionPanel panel = $(SuggestionPanel.class).first();

        assertThat(panel.none.getText()).isEqualTo("Finding passages that bear on this claim…");
        assertThat(panel.shown()).isEmpty();
        assertThat(panel.list.isVisible()).isFalse();
        awaitLoaded(panel);
        assertThat(panel.shown()).isNotEmpty();
        assertThat(panel.list.isVisible()).isTrue();
        assertThat(panel.none.isVisible()).isFalse();
    }

    @Test
    void passage_text_is_shown_as_text() {
        SuggestionPanel panel = open(fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM).id());

        assertThat(cards(panel).getFirst().text()).isEqualTo(panel.shown().getFirst().text());
        // The browser binds it as a text node (the DOM itself is checked in EvidenceLinkingBrowserTest).
        assertThat(SuggestionPanel.CARD).contains("<span class=\"fb-suggestion-text\">${item.card.text}</span>")
                .doesNotContainIgnoringCase("unsafeHTML").doesNotContainIgnoringCase("innerHTML");
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

    /** Each row's card as the list's renderer gives it to the browser. */
    private List<SuggestionCardText> cards(SuggestionPanel panel) {
        var rows = test(panel.list);
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> rows.getLitRendererPropertyValue(i, "card", SuggestionCardText.class)).toList();
    }

    private static List<String> passageIds(SuggestionPanel panel) {
        return panel.shown().stream().map(Suggestion::passageId).toList();
    }
}
