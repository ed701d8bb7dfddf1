package org.factbench.core.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factbench.core.audit.ActivityView;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.Stance;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemoryEvidenceSuggester;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Suggestions through the service and a real (H2) database; the ranking itself is the indexer's. */
@CoreSpringTest
class SuggestionServiceTest {

    static final String BODY = "Talks resumed.\n\nThe first meeting took place on 23-24 December 2021 in Moscow.";

    @Autowired SuggestionService suggestions;
    @Autowired InMemoryEvidenceSuggester suggester;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired ClaimService claims;
    @Autowired EvidenceService evidence;
    @Autowired ClaimHistory history;
    @Autowired TestUsers users;

    ArticleText article;
    Suggestion first;
    Suggestion second;

    @BeforeEach
    void offer() {
        suggester.clear();
        article = corpus.publish("suggest-" + System.nanoTime(), BODY);
        int start = BODY.indexOf("The first");
        first = suggestion(article.id() + ":1:2", start, BODY.length());
        second = suggestion(article.id() + ":1:0", 0, "Talks resumed.".length());
        suggester.offer(first);
        suggester.offer(second);
    }

    @Test
    void the_request_carries_the_claims_statement_language_and_first_appearance() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim("Public figures met in Moscow")));

        List<Suggestion> found = users.checker(() -> suggestions.forClaim(claim.id(), 10));

        assertThat(found).containsExactly(first, second);
        assertThat(suggester.lastRequest().statement()).isEqualTo("Public figures met in Moscow");
        assertThat(suggester.lastRequest().language()).isEqualTo("en");
        assertThat(suggester.lastRequest().claimedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
    }

    @Test
    void a_dismissed_passage_is_not_suggested_again_for_that_claim_only_and_the_dismissal_is_audited() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        ClaimView other = users.checker(() -> claims.create(Samples.claim()));

        users.checker(() -> { suggestions.dismiss(claim.id(), first.passageId(), first.articleId()); return null; });
        users.checker(() -> { suggestions.dismiss(claim.id(), first.passageId(), first.articleId()); return null; });

        assertThat(users.checker(() -> suggestions.forClaim(claim.id(), 10))).containsExactly(second);
        assertThat(users.checker(() -> suggestions.dismissedFor(claim.id()))).containsExactly(first.passageId());
        assertThat(users.checker(() -> suggestions.forClaim(other.id(), 10))).containsExactly(first, second);
        assertThat(users.checker(() -> history.timeline(claim.id()))).extracting(ActivityView::action)
                .containsOnlyOnce("SUGGESTION_DISMISSED");
    }

    @Test
    void an_accepted_suggestion_is_evidence_and_no_longer_suggested() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));

        users.checker(() -> evidence.link(claim.id(), new EvidenceSelection(first.articleId(), first.articleVersion(),
                first.start(), first.end(), first.text(), Stance.SUPPORTS, null)));

        assertThat(users.checker(() -> suggestions.forClaim(claim.id(), 10))).containsExactly(second);
    }

    @Test
    void a_blank_passage_cannot_be_dismissed() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));

        assertThatThrownBy(() -> users.checker(() -> { suggestions.dismiss(claim.id(), " ", "a"); return null; }))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void progress_comes_from_the_store() {
        assertThat(users.checker(() -> suggestions.embeddingProgress()).percent()).isEqualTo(75);
    }

    private Suggestion suggestion(String passageId, int start, int end) {
        return new Suggestion(passageId, article.id(), article.version(), article.title(), article.outlet(), null, "en",
                start, end, BODY.substring(start, end), 1.0, 1, 0, List.of("meeting"), List.of());
    }
}
