package org.factbench.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.core.audit.ActivityView;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.comment.CommentView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceRevision;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemoryClaimIndex;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.RecordedEvents;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claim matching through the claim index port, and merging duplicates without losing anything. */
@CoreSpringTest
abstract class MatchingAndMergingTest {

    @Autowired ClaimService claims;
    @Autowired ClaimMatching matching;
    @Autowired ClaimMerging merging;
    @Autowired ClaimHistory history;
    @Autowired EvidenceService evidence;
    @Autowired CommentService comments;
    @Autowired InMemoryClaimIndex index;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired TestUsers users;
    @Autowired RecordedEvents events;

    @Test
    void a_claim_that_shares_a_word_or_two_is_not_offered_as_a_duplicate() {
        String word = "wombat" + System.nanoTime();
        ClaimView unrelated = users.checker(() -> claims.create(Samples.claim(
                "Bakeries in the coastal towns of the north sold more bread to " + word
                + " keepers this winter and spring, according to a regional chamber of commerce")));

        var similar = users.checker(() -> matching.similarTo("Ferries carried " + word + " across the strait", "en", 5));

        assertThat(index.get(unrelated.id())).isNotNull();
        assertThat(similar).extracting(SimilarClaimView::claimId).doesNotContain(unrelated.id());
    }

    @Test
    void committed_claims_are_indexed_and_similar_ones_come_back_with_a_score() {
        String word = "quokka" + System.nanoTime();
        ClaimView existing = users.checker(() -> claims.create(Samples.claim("Unemployment among " + word + " fell to four percent in 2023")));
        assertThat(index.get(existing.id())).isNotNull().satisfies(i -> assertThat(i.status()).isEqualTo("NEW"));

        var similar = users.checker(() -> matching.similarTo("Unemployment among " + word + " fell to 4 percent in 2023", "en", 5));

        assertThat(similar).first().satisfies(s -> {
            assertThat(s.claimId()).isEqualTo(existing.id());
            assertThat(s.score()).isBetween(0.3, 1.0);
            assertThat(s.status()).isEqualTo(ClaimStatus.NEW);
        });
        assertThat(users.checker(() -> matching.duplicatesOf(existing.id(), 5))).extracting(SimilarClaimView::claimId)
                .doesNotContain(existing.id());
    }

    @Test
    void merging_keeps_all_evidence_comments_and_history_and_closes_the_duplicate() {
        String word = "wombat" + System.nanoTime();
        ArticleText article = corpus.publish("merge-" + System.nanoTime(), "Officials said the " + word + " census counted 312 animals.");
        ClaimView target = users.checker(() -> claims.create(Samples.claim("The " + word + " census counted 312 animals")));
        ClaimView duplicate = users.checker2(() -> claims.create(Samples.claim("The " + word + " census counted 312 animals, said the minister")));
        EvidenceView link = users.checker2(() -> evidence.link(duplicate.id(), new EvidenceSelection(article.id(), 1, 0, 13,
                "Officials sai", Stance.CONTEXT, null)));
        CommentView comment = users.checker2(() -> comments.add(duplicate.id(), "Same as the other one?"));
        assertThat(users.checker(() -> matching.duplicatesOf(target.id(), 5))).extracting(SimilarClaimView::claimId).contains(duplicate.id());

        ClaimView merged = users.editor(() -> merging.merge(duplicate.id(), duplicate.version(), target.id(), target.version(),
                "Same statement, reported twice."));

        assertThat(merged.appearances()).hasSize(2);
        assertThat(users.checker(() -> evidence.forClaim(target.id()))).extracting(EvidenceView::id).containsExactly(link.id());
        assertThat(users.checker(() -> comments.thread(target.id()))).extracting(CommentView::id).containsExactly(comment.id());
        ClaimView closed = users.checker(() -> claims.get(duplicate.id()));
        assertThat(closed.status()).isEqualTo(ClaimStatus.MERGED);
        assertThat(closed.mergedIntoId()).isEqualTo(target.id());
        assertThat(users.checker(() -> history.timeline(target.id()))).extracting(ActivityView::action)
                .contains("CLAIMS_MERGED", "CLAIM_MERGED_INTO", "EVIDENCE_LINKED", "COMMENT_ADDED")
                .filteredOn("CLAIM_CREATED"::equals).hasSize(2);
        assertThat(index.get(duplicate.id())).as("the duplicate left the claim index").isNull();
        assertThat(users.checker(() -> matching.duplicatesOf(target.id(), 5))).extracting(SimilarClaimView::claimId)
                .doesNotContain(duplicate.id());
        assertThat(events.of(ClaimsMerged.class, target.id())).singleElement()
                .satisfies(e -> assertThat(e.movedEvidence()).isEqualTo(1));
        assertThatThrownBy(() -> users.checker2(() -> evidence.revise(link.id(), link.version(), new EvidenceRevision(Stance.REFUTES, "old tab"))))
                .as("a link edited from a screen opened before the merge").isInstanceOf(StaleEditException.class);
    }

    @Test
    void a_merge_from_a_stale_screen_or_into_itself_is_refused() {
        ClaimView a = users.checker(() -> claims.create(Samples.claim()));
        ClaimView b = users.checker(() -> claims.create(Samples.claim()));
        users.checker(() -> claims.update(b.id(), b.version(), Samples.claim("changed meanwhile")));

        assertThatThrownBy(() -> users.editor(() -> merging.merge(b.id(), b.version(), a.id(), a.version(), "dup")))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> users.editor(() -> merging.merge(a.id(), a.version(), a.id(), a.version(), "dup")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(users.checker(() -> claims.get(b.id())).status()).isEqualTo(ClaimStatus.NEW);
    }
}
