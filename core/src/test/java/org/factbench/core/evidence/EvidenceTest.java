package org.factbench.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factbench.core.audit.ActivityView;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.IllegalTransitionException;
import org.factbench.core.corpus.ArticleRevised;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.review.ReviewService;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.RecordedEvents;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Linking passages and re-anchoring them into new article versions, through the services and a real database. */
@CoreSpringTest
abstract class EvidenceTest {

    static final String BODY_V1 = "Talks resumed this winter.\n\n"
            + "The first meeting of public figures took place on 23-24 December 2021 in Moscow. "
            + "A second round followed in Tbilisi in March 2022. Officials confirmed the dates later. "
            + "The delegates discussed transport links and border crossings.";
    static final String BODY_V2 = "Update: new statements were released today.\n\nTalks resumed this winter.\n\n"
            + "The first meeting of public figures took place on 23-24 December 2021 in Moscow. "
            + "Officials confirmed the dates later. "
            + "The delegates  discussed\ntransport links and border crossings.";

    @Autowired ClaimService claims;
    @Autowired EvidenceService evidence;
    @Autowired EvidenceReanchoring reanchoring;
    @Autowired ClaimHistory history;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired TestUsers users;
    @Autowired RecordedEvents events;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ReviewService review;
    @Autowired EvidenceCatchUp catchUp;

    @Test
    void any_span_can_be_linked_and_keeps_selectors_snapshot_and_article_metadata() {
        ArticleText article = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));

        EvidenceView link = users.checker(() -> evidence.link(claim.id(), select(article, "took place on 23-24 December 2021 in Moscow",
                Stance.SUPPORTS)));

        assertThat(link.quoteExact()).isEqualTo("took place on 23-24 December 2021 in Moscow");
        assertThat(link.quotedSnapshot()).isEqualTo(link.quoteExact());
        assertThat(link.quotePrefix()).hasSize(32).isEqualTo(BODY_V1.substring(link.startOffset() - 32, link.startOffset()));
        assertThat(link.quoteSuffix()).isEqualTo(BODY_V1.substring(link.endOffset(), link.endOffset() + 32));
        assertThat(link.articleTitle()).isEqualTo(article.title());
        assertThat(link.anchorState()).isEqualTo(AnchorState.EXACT_POSITION);
        assertThat(link.author().username()).isEqualTo(TestUsers.CHECKER);
        assertThat(users.checker(() -> evidence.forClaim(claim.id()))).extracting(EvidenceView::id).containsExactly(link.id());
        assertThat(events.of(EvidenceLinked.class, claim.id())).singleElement()
                .satisfies(e -> assertThat(e.linkId()).isEqualTo(link.id()));
        assertThat(users.checker(() -> history.timeline(claim.id()))).extracting(ActivityView::action).contains("EVIDENCE_LINKED");
    }

    @Test
    void a_quote_that_does_not_match_the_article_text_is_refused() {
        ArticleText article = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        int start = BODY_V1.indexOf("Officials");

        assertThatThrownBy(() -> users.checker(() -> evidence.link(claim.id(), new EvidenceSelection(article.id(), 1, start,
                start + 9, "Officialz", Stance.CONTEXT, null))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("quote");
        assertThatThrownBy(() -> users.checker(() -> evidence.link(claim.id(), new EvidenceSelection(article.id(), 1, start,
                BODY_V1.length() + 5, "x", Stance.CONTEXT, null))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("span");
        assertThatThrownBy(() -> users.checker(() -> evidence.link(claim.id(), new EvidenceSelection(article.id(), 7, start,
                start + 9, "Officials", Stance.CONTEXT, null))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("articleVersion");
        assertThat(users.checker(() -> evidence.forClaim(claim.id()))).isEmpty();
    }

    @Test
    void evidence_cannot_be_added_to_a_closed_claim() {
        ArticleText article = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        users.editor(() -> review.reject(claim.id(), claim.version(), "Not check-worthy."));

        assertThatThrownBy(() -> users.checker(() -> evidence.link(claim.id(), select(article, "Officials", Stance.CONTEXT))))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_stale_revision_of_a_link_is_refused_with_the_note_kept() {
        ArticleText article = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        EvidenceView link = users.checker(() -> evidence.link(claim.id(), select(article, "Officials confirmed", Stance.CONTEXT)));
        users.checker(() -> evidence.revise(link.id(), link.version(), new EvidenceRevision(Stance.SUPPORTS, "first")));

        assertThatThrownBy(() -> users.checker2(() -> evidence.revise(link.id(), link.version(), new EvidenceRevision(Stance.REFUTES, "my careful note"))))
                .isInstanceOfSatisfying(StaleEditException.class, e -> assertThat(e.attempted()).isEqualTo(new EvidenceRevision(Stance.REFUTES, "my careful note")));
        assertThat(users.checker(() -> evidence.forClaim(claim.id()))).singleElement()
                .satisfies(v -> assertThat(v.note()).isEqualTo("first"));
    }

    @Test
    void a_new_article_version_moves_links_and_flags_the_one_whose_passage_is_gone() {
        ArticleText v1 = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        EvidenceView moved = users.checker(() -> evidence.link(claim.id(), select(v1, "took place on 23-24 December 2021 in Moscow", Stance.REFUTES)));
        EvidenceView deleted = users.checker(() -> evidence.link(claim.id(), select(v1, "A second round followed in Tbilisi in March 2022.", Stance.CONTEXT)));
        EvidenceView reflowed = users.checker(() -> evidence.link(claim.id(), select(v1, "The delegates discussed transport links", Stance.CONTEXT)));
        ArticleText v2 = corpus.publish(v1.id(), BODY_V2);

        ReanchorSummary summary = users.editor(() -> reanchoring.reanchorArticle(v1.id()));

        assertThat(summary.examined()).isEqualTo(3);
        assertThat(summary.orphaned()).isEqualTo(1);
        List<EvidenceView> after = users.checker(() -> evidence.forClaim(claim.id()));
        EvidenceView movedNow = byId(after, moved.id());
        assertThat(movedNow.articleVersion()).isEqualTo(2);
        assertThat(BODY_V2.substring(movedNow.startOffset(), movedNow.endOffset())).isEqualTo(moved.quoteExact());
        assertThat(movedNow.startOffset()).isGreaterThan(moved.startOffset());
        EvidenceView orphan = byId(after, deleted.id());
        assertThat(orphan.anchorState()).isEqualTo(AnchorState.ORPHANED);
        assertThat(orphan.articleVersion()).as("an orphan stays readable in the version it was made in").isEqualTo(1);
        assertThat(orphan.checkedVersion()).isEqualTo(2);
        assertThat(orphan.startOffset()).isEqualTo(deleted.startOffset());
        EvidenceView reflowedNow = byId(after, reflowed.id());
        assertThat(reflowedNow.orphaned()).isFalse();
        assertThat(BODY_V2.substring(reflowedNow.startOffset(), reflowedNow.endOffset())).isEqualTo(reflowedNow.quoteExact());
        assertThat(reflowedNow.quotedSnapshot()).isEqualTo("The delegates discussed transport links");

        assertThat(users.checker(() -> history.timeline(claim.id()))).filteredOn(a -> a.action().equals("EVIDENCE_REANCHORED"))
                .hasSize(3).allSatisfy(a -> assertThat(a.actorName()).isEqualTo(TestUsers.EDITOR));
        assertThat(events.of(EvidenceReanchored.class, claim.id())).extracting(EvidenceReanchored::state)
                .containsOnlyOnce(AnchorState.ORPHANED);
        assertThat(users.editor(() -> reanchoring.reanchorArticle(v1.id())).examined()).as("a second pass finds nothing to do").isZero();
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void the_corpus_announcing_a_new_version_reanchors_as_the_system() {
        ArticleText v1 = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        EvidenceView link = users.checker(() -> evidence.link(claim.id(), select(v1, "Officials confirmed the dates later.", Stance.SUPPORTS)));
        corpus.publish(v1.id(), BODY_V2);

        publisher.publishEvent(new ArticleRevised(v1.id(), 2));

        EvidenceView now = users.checker(() -> evidence.forClaim(claim.id())).getFirst();
        assertThat(now.articleVersion()).isEqualTo(2);
        assertThat(now.id()).isEqualTo(link.id());
        assertThat(users.checker(() -> history.timeline(claim.id()))).filteredOn(a -> a.action().equals("EVIDENCE_REANCHORED"))
                .singleElement().satisfies(a -> assertThat(a.actorName()).isEqualTo("system"));
    }

    @Test
    void a_version_stored_without_an_event_is_caught_up_as_the_system() {
        // As when the command-line indexer, in another process, stores a new version: no ArticleRevised here.
        ArticleText v1 = corpus.publish(articleId(), BODY_V1);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        EvidenceView link = users.checker(() -> evidence.link(claim.id(), select(v1, "Officials confirmed the dates later.", Stance.SUPPORTS)));
        corpus.publish(v1.id(), BODY_V2);

        EvidenceCatchUp.Summary summary = catchUp.catchUp();

        assertThat(summary.articlesChecked()).isPositive();
        assertThat(summary.passes()).filteredOn(p -> p.articleId().equals(v1.id())).singleElement()
                .satisfies(p -> assertThat(p.toVersion()).isEqualTo(2))
                .satisfies(p -> assertThat(p.examined()).isEqualTo(1));
        EvidenceView now = users.checker(() -> evidence.forClaim(claim.id())).getFirst();
        assertThat(now.id()).isEqualTo(link.id());
        assertThat(now.articleVersion()).isEqualTo(2);
        assertThat(BODY_V2.substring(now.startOffset(), now.endOffset())).isEqualTo(link.quoteExact());
        assertThat(users.checker(() -> history.timeline(claim.id()))).filteredOn(a -> a.action().equals("EVIDENCE_REANCHORED"))
                .singleElement().satisfies(a -> assertThat(a.actorName()).isEqualTo("system"));
        assertThat(catchUp.catchUp().passes()).as("nothing left to do for this article")
                .noneMatch(p -> p.articleId().equals(v1.id()));
    }

    static EvidenceSelection select(ArticleText article, String quote, Stance stance) {
        int start = article.body().indexOf(quote);
        assertThat(start).as("quote in article").isNotNegative();
        return new EvidenceSelection(article.id(), article.version(), start, start + quote.length(), quote, stance, null);
    }

    private static EvidenceView byId(List<EvidenceView> views, long id) {
        return views.stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private static String articleId() {
        return "article-" + System.nanoTime();
    }
}
