package org.factbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.collection.CollectionDetails;
import org.factbench.core.collection.CollectionService;
import org.factbench.core.collection.CollectionView;
import org.factbench.core.comment.CommentAdded;
import org.factbench.core.comment.CommentService;
import org.factbench.core.comment.CommentView;
import org.factbench.core.comment.NotTheAuthorException;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.RecordedEvents;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.factbench.core.user.UserRef;
import org.factbench.core.workspace.ClaimWorkspace;
import org.factbench.core.workspace.ClaimWorkspaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Published reports as immutable versions, corrections, dossiers, comment threads and the workspace. */
@CoreSpringTest
abstract class ReportsAndCommentsTest {

    static final String BODY = "The delegation arrived on Thursday. The first meeting took place on 23-24 December 2021 "
            + "in Moscow, officials said. A later round was held in Tbilisi.";

    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired EvidenceService evidence;
    @Autowired ReportService reports;
    @Autowired CommentService comments;
    @Autowired CollectionService collections;
    @Autowired ClaimWorkspaceService workspaces;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired TestUsers users;
    @Autowired RecordedEvents events;

    @Test
    void a_published_report_is_a_frozen_snapshot_and_a_correction_is_a_new_version_saying_what_and_why() {
        ArticleText article = corpus.publish("report-" + System.nanoTime(), BODY);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        EvidenceView link = users.checker(() -> evidence.link(claim.id(), select(article, "took place on 23-24 December 2021")));
        ClaimView published = publish(claim.id(), users.checker(() -> review.startResearch(claim.id(), claim.version())).version(),
                "MOSTLY_TRUE", null);
        PublishedReport v1 = users.checker(() -> reports.latest(claim.id()));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.correction()).isNull();
        assertThat(v1.verdict().label()).isEqualTo("Mostly true");
        assertThat(v1.verdict().colour()).startsWith("#");
        assertThat(v1.verdict().proposer().username()).isEqualTo(TestUsers.CHECKER);
        assertThat(v1.verdict().approver().username()).isEqualTo(TestUsers.EDITOR);
        assertThat(v1.evidence()).extracting(EvidenceView::quoteExact).containsExactly("took place on 23-24 December 2021");
        assertThat(v1.claim().appearances()).isNotEmpty();

        ClaimView reopened = users.editor(() -> review.reopen(claim.id(), published.version(), "The date was wrong."));
        ClaimView edited = users.checker(() -> claims.update(claim.id(), reopened.version(), Samples.claim("Corrected statement")));
        EvidenceView current = users.checker(() -> evidence.forClaim(claim.id())).getFirst();
        users.checker(() -> { evidence.unlink(link.id(), current.version()); return null; });
        ClaimView proposed = users.checker(() -> review.proposeVerdict(claim.id(), edited.version(), new VerdictDraft("FALSE", "Wrong date.")));

        assertThatThrownBy(() -> users.editor(() -> review.publish(claim.id(), proposed.version(), null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("correction");
        assertThat(users.checker(() -> claims.get(claim.id())).status()).as("a refused correction changes nothing").isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(users.checker(() -> reports.history(claim.id()))).hasSize(1);

        users.editor(() -> review.publish(claim.id(), proposed.version(), new Correction("Rating changed to False", "The date was wrong.")));

        PublishedReport v2 = users.checker(() -> reports.latest(claim.id()));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.correction()).isEqualTo(new Correction("Rating changed to False", "The date was wrong."));
        assertThat(v2.claim().statement()).isEqualTo("Corrected statement");
        assertThat(v2.evidence()).isEmpty();
        assertThat(v2.verdictHistory()).hasSize(2);
        PublishedReport v1Again = users.checker(() -> reports.version(claim.id(), 1));
        assertThat(v1Again).isEqualTo(v1);
        assertThat(users.checker(() -> reports.history(claim.id()))).extracting(ReportVersionSummary::whyChanged)
                .containsExactly(null, "The date was wrong.");
    }

    @Test
    void a_dossier_holds_the_newest_report_of_each_published_claim_in_a_collection() {
        CollectionView press = users.editor(() -> collections.create(new CollectionDetails("Press conference " + System.nanoTime(), "All claims")));
        ClaimDetails base = Samples.claim();
        ClaimDetails inCollection = new ClaimDetails(base.statement(), base.claimant(), base.language(), base.tags(), base.appearances(), press.id());
        ClaimView one = users.checker(() -> claims.create(inCollection));
        ClaimView two = users.checker(() -> claims.create(inCollection));
        users.checker(() -> claims.create(Samples.claim()));
        publish(one.id(), users.checker(() -> review.startResearch(one.id(), one.version())).version(), "TRUE", null);

        Dossier dossier = users.checker(() -> reports.dossier(press.id()));

        assertThat(dossier.collection().name()).isEqualTo(press.name());
        assertThat(dossier.reports()).extracting(PublishedReport::claimId).containsExactly(one.id());
        assertThat(two.collectionId()).isEqualTo(press.id());
    }

    @Test
    void comments_resolve_mentions_of_real_users_and_only_the_author_edits() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));

        CommentView comment = users.checker(() -> comments.add(claim.id(), "@editor can you check? Also @nobody-here and x@y.org"));

        assertThat(comment.mentions()).extracting(UserRef::username).containsExactly(TestUsers.EDITOR);
        assertThat(events.of(CommentAdded.class, claim.id())).singleElement()
                .satisfies(e -> assertThat(e.mentioned()).containsExactly(TestUsers.EDITOR));
        assertThatThrownBy(() -> users.checker2(() -> comments.edit(comment.id(), comment.version(), "hijacked")))
                .isInstanceOf(NotTheAuthorException.class);
        CommentView edited = users.checker(() -> comments.edit(comment.id(), comment.version(), "@editor2 instead"));
        assertThat(edited.mentions()).extracting(UserRef::username).containsExactly(TestUsers.EDITOR2);
        assertThat(edited.editedAt()).isNotNull();
        assertThatThrownBy(() -> users.checker(() -> comments.edit(comment.id(), comment.version(), "from an old tab")))
                .isInstanceOf(StaleEditException.class);
        assertThat(users.checker(() -> comments.thread(claim.id()))).extracting(CommentView::body).containsExactly("@editor2 instead");
    }

    @Test
    void the_workspace_loads_claim_evidence_comments_and_reports_together() {
        ArticleText article = corpus.publish("ws-" + System.nanoTime(), BODY);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        users.checker(() -> evidence.link(claim.id(), select(article, "A later round")));
        users.checker(() -> evidence.link(claim.id(), select(article, "The delegation arrived")));
        users.editor(() -> comments.add(claim.id(), "Looks good"));

        ClaimWorkspace workspace = users.checker(() -> workspaces.load(claim.id()));

        assertThat(workspace.claim().id()).isEqualTo(claim.id());
        assertThat(workspace.evidence()).extracting(EvidenceView::quoteExact).containsExactly("A later round", "The delegation arrived");
        assertThat(workspace.comments()).extracting(c -> c.author().username()).containsExactly(TestUsers.EDITOR);
        assertThat(workspace.reports()).isEmpty();
    }

    private ClaimView publish(long claimId, long version, String rating, Correction correction) {
        ClaimView proposed = users.checker(() -> review.proposeVerdict(claimId, version, new VerdictDraft(rating, "Because of the evidence.")));
        return users.editor(() -> review.publish(claimId, proposed.version(), correction));
    }

    private static EvidenceSelection select(ArticleText article, String quote) {
        int start = article.body().indexOf(quote);
        return new EvidenceSelection(article.id(), article.version(), start, start + quote.length(), quote, Stance.SUPPORTS, "n");
    }
}
