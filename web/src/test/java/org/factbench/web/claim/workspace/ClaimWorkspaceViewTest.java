package org.factbench.web.claim.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.PublishNotAllowedException;
import org.factbench.core.comment.CommentService;
import org.factbench.core.comment.CommentView;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.core.shared.StaleEditException;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.base.ui.StaleEditDialog;
import org.factbench.web.live.PresenceAvatars;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
@WithUserDetails("checker")
class ClaimWorkspaceViewTest extends SpringBrowserlessTest {

    private static final String PASSAGE_QUERY = "first meeting Moscow";
    private static final String OTHER_QUERY = "Armenian Azerbaijani normalization";

    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService review;
    @Autowired
    EvidenceService evidence;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.beans.factory.ObjectProvider<WorkspaceSlotContent> slotContents;

    @Autowired
    ClaimFixtures fixtures;
    RunAs as;

    @BeforeEach
    void sampleCorpusIsLoaded() throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        as = new RunAs(users);
    }

    @Test
    void a_checker_starts_research_sees_links_grouped_by_stance_in_their_context_and_proposes_a_verdict() {
        ClaimView claim = fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM);
        ClaimWorkspaceView view = open(claim.id());
        assertThat(view.header.status.getText()).isEqualTo("New");
        assertThat(view.verdict.form.isVisible()).isFalse();

        test(view.actions.startResearch).click();
        assertThat(view.header.status.getText()).isEqualTo("In research");
        assertThat(view.actions.startResearch.isVisible()).isFalse();

        EvidenceView supporting = fixtures.link(claim.id(), PASSAGE_QUERY, Stance.SUPPORTS, "Gives the exact dates", false);
        EvidenceView refuting = fixtures.link(claim.id(), OTHER_QUERY, Stance.REFUTES, null, true);
        runPushedUpdates();

        assertThat(view.evidence.headings()).containsExactly("Supports (1)", "Refutes (1)");
        assertThat(view.evidence.links(Stance.SUPPORTS)).singleElement().satisfies(link -> {
            assertThat(link.id()).isEqualTo(supporting.id());
            EvidenceCardText card = view.evidence.card(link);
            assertThat(card.quote()).isEqualTo(supporting.quoteExact());
            assertThat(card.shown()).contains("Gives the exact dates").contains("version " + supporting.articleVersion())
                    .contains("linked by Demo Checker");
            if (supporting.articleOutlet() != null) assertThat(card.meta()).contains(supporting.articleOutlet());
            // The card opens the reader for this claim at the linked span.
            assertThat(card.readerHref()).startsWith("article/" + supporting.articleId() + "/" + supporting.articleVersion())
                    .contains("start=" + supporting.startOffset()).contains("claim=" + claim.id());
        });
        assertThat(view.evidence.links(Stance.REFUTES)).singleElement().satisfies(link -> {
            EvidenceCardText card = view.evidence.card(link);
            assertThat(card.quote()).isEqualTo(refuting.quoteExact());
            // Half a passage: the rest of the sentence is shown around it as context.
            assertThat(card.after()).contains(refuting.quoteSuffix().strip());
        });
        assertThat(view.evidence.links(Stance.CONTEXT)).isEmpty();

        test(view.verdict.rating).selectItem("True");
        test(view.verdict.summary).setValue("Two outlets give 23-24 December 2021 in Moscow.");
        test(view.verdict.propose).click();

        assertThat(view.header.status.getText()).isEqualTo("In review");
        assertThat(view.verdict.current.getElement().getTextRecursively())
                .contains("True").contains("Two outlets give 23-24 December 2021 in Moscow.").contains("waiting for review");
        assertThat(view.verdict.form.isVisible()).isFalse();
        assertThat(view.actions.publish.isVisible()).as("a checker cannot publish").isFalse();
        assertThat(String.join("\n", view.timeline.lines()))
                .contains("proposed a verdict").contains("linked a passage").contains("started research");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_sees_what_others_do_live_with_a_notice_and_keeps_a_half_typed_comment() {
        ClaimView claim = as.user("checker", () -> fixtures.inResearch("Live claim about the Moscow meeting"));
        ClaimWorkspaceView view = open(claim.id());
        test(view.comments.body).setValue("Half typed, not sent");
        test(view.verdict.summary).setValue("not mine to propose");

        as.user("checker", () -> fixtures.link(claim.id(), PASSAGE_QUERY, Stance.CONTEXT, null, false));
        runPushedUpdates();

        assertThat(view.evidence.links(Stance.CONTEXT)).hasSize(1);
        assertThat(view.notice.getText()).isEqualTo("Demo Checker linked a passage");
        assertThat(view.comments.body.getValue()).isEqualTo("Half typed, not sent");

        as.user("checker", () -> comments.add(claim.id(), "Please look, @editor"));
        runPushedUpdates();
        assertThat(view.notice.getText()).isEqualTo("Demo Checker commented");
        assertThat(view.comments.shown()).extracting(CommentView::body).containsExactly("Please look, @editor");
        CommentView mentioning = view.comments.shown().getLast();
        assertThat(CommentThread.parts(mentioning.body(), Set.of("editor"))).containsExactly(
                new CommentPart("Please look, ", false), new CommentPart("@editor", true));
        assertThat(view.comments.body.getValue()).isEqualTo("Half typed, not sent");
    }

    @Test
    @WithUserDetails("editor")
    void an_editor_requests_changes_the_checker_sees_the_reason_and_after_a_new_proposal_the_editor_publishes() {
        ClaimView claim = as.user("checker", () -> {
            ClaimView c = fixtures.inResearch("Claim the editor reviews twice");
            fixtures.link(c.id(), PASSAGE_QUERY, Stance.SUPPORTS, null, false);
            return fixtures.proposed(c, "MOSTLY_TRUE", "First try");
        });
        ClaimWorkspaceView view = open(claim.id());
        assertThat(view.actions.publish.isVisible()).isTrue();

        test(view.actions.requestChanges).click();
        roundTrip();
        test(view.actions.dialog.fields.getFirst()).setValue("Name the second outlet.");
        test(view.actions.dialog.confirm).click();
        assertThat(view.header.status.getText()).isEqualTo("In research");
        assertThat(view.actions.dialog.isOpened()).isFalse();

        as.user("checker", () -> {
            assertThat(claims.get(claim.id()).statusReason()).isEqualTo("Name the second outlet.");
            fixtures.proposed(claim, "TRUE", "Second try, both outlets named");
        });
        runPushedUpdates();
        assertThat(view.notice.getText()).isEqualTo("Demo Checker proposed a verdict");
        assertThat(view.header.status.getText()).isEqualTo("In review");

        test(view.actions.publish).click();
        assertThat(view.header.status.getText()).isEqualTo("Published");
        assertThat(view.report.isVisible()).isTrue();
        assertThat(view.report.getHref()).isEqualTo("report/" + claim.id());
        assertThat(view.actions.publish.isVisible()).isFalse();
        assertThat(view.actions.reopen.isVisible()).isTrue();
        assertThat(view.verdict.history.getElement().getTextRecursively()).contains("First try").contains("changes requested");
        // A published claim takes no new evidence until it is reopened: no finder, no suggestions to accept.
        assertThat(view.slots.get(WorkspaceSlot.FINDER).isVisible()).isFalse();
        assertThat(view.slots.get(WorkspaceSlot.SUGGESTIONS).isVisible()).isFalse();
    }

    @Test
    void the_timeline_holds_the_whole_history_newest_first() {
        ClaimView claim = fixtures.newClaim("Claim with a long history");
        for (int i = 1; i <= 20; i++) {
            int n = i;
            as.user("checker", () -> comments.add(claim.id(), "Comment number " + n));
        }
        ClaimWorkspaceView view = open(claim.id());

        List<String> lines = view.timeline.lines();
        assertThat(lines).hasSize(21); // the comments and the creation
        assertThat(lines.getFirst()).contains("commented");
        assertThat(lines.getLast()).contains("created the claim");
        assertThat(view.timeline.entries.getDataProvider().size(new com.vaadin.flow.data.provider.Query<>())).isEqualTo(21);
    }

    @Test
    void the_checker_sees_requested_changes_first_and_prominently() {
        ClaimView claim = fixtures.proposed(fixtures.inResearch("Claim sent back"), "FALSE", "Wrong date");
        as.user("editor", () -> review.requestChanges(claim.id(), claims.get(claim.id()).version(), "Check the year again."));

        ClaimWorkspaceView view = open(claim.id());

        assertThat(view.verdict.requested.isVisible()).isTrue();
        assertThat(view.verdict.requested.getElement().getTextRecursively())
                .contains("Demo Editor requested changes:").contains("Check the year again.");
        assertThat(view.verdict.form.isVisible()).isTrue();
        // The checker adjusts the verdict sent back rather than starting from an empty form.
        assertThat(view.verdict.draft().rating()).isEqualTo("FALSE");
        assertThat(view.verdict.draft().summary()).isEqualTo("Wrong date");
    }

    @Test
    @WithUserDetails("editor")
    void the_proposer_sees_no_approve_button_and_the_service_refuses_the_self_approval_with_its_reason() {
        ClaimView claim = fixtures.inResearch("Claim the editor proposes");
        ClaimWorkspaceView view = open(claim.id());
        test(view.verdict.rating).selectItem("Half true");
        test(view.verdict.summary).setValue("My own verdict");
        test(view.verdict.propose).click();

        assertThat(view.header.status.getText()).isEqualTo("In review");
        assertThat(view.actions.publish.isVisible()).isFalse();
        assertThat(view.actions.requestChanges.isVisible()).isTrue();

        long version = claims.get(claim.id()).version();
        assertThatThrownBy(() -> review.publish(claim.id(), version, null)).isInstanceOf(PublishNotAllowedException.class);
        // A stale page that still offered the step: the user reads core's reason, nothing is published.
        view.act.publish();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("You proposed this verdict, so another editor has to approve and publish it.");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_stale_proposal_is_refused_the_fresh_claim_is_shown_and_the_typed_verdict_is_kept() {
        ClaimView claim = fixtures.inResearch("Claim edited meanwhile");
        ClaimWorkspaceView view = open(claim.id());
        test(view.verdict.rating).selectItem("Mostly false");
        test(view.verdict.summary).setValue("My long reasoning that must not be lost");

        as.user("editor", () -> claims.assign(claim.id(), claims.get(claim.id()).version(), "editor"));
        // The live update has not reached this page yet: it still holds the old version.
        view.act.propose(view.verdict.draft());

        assertThat(find(StaleEditDialog.class).single().isOpened()).isTrue();
        assertThat(view.header.assignee.getText()).isEqualTo("Assigned to Demo Editor");
        assertThat(view.verdict.summary.getValue()).isEqualTo("My long reasoning that must not be lost");
        assertThat(view.verdict.rating.getValue().code()).isEqualTo("MOSTLY_FALSE");
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.IN_RESEARCH);

        test(view.verdict.propose).click();
        assertThat(claims.get(claim.id()).status()).isEqualTo(ClaimStatus.IN_REVIEW);
        assertThat(claims.get(claim.id()).currentVerdict().summary()).isEqualTo("My long reasoning that must not be lost");
    }

    @Test
    void a_stale_evidence_revision_keeps_the_new_note() {
        ClaimView claim = fixtures.inResearch("Claim whose link is revised twice");
        EvidenceView link = fixtures.link(claim.id(), PASSAGE_QUERY, Stance.SUPPORTS, "first note", false);
        ClaimWorkspaceView view = open(claim.id());
        view.act.edit(view.evidence.links(Stance.SUPPORTS).getFirst());
        roundTrip();
        ReviseLinkDialog dialog = view.revising;
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.note).setValue("my better note");

        as.user("editor", () -> evidence.revise(link.id(), link.version(),
                new org.factbench.core.evidence.EvidenceRevision(Stance.SUPPORTS, "editor's note")));
        test(dialog.save).click();

        // Refused as stale: the list shows the editor's note, the dialog stays open with the user's text.
        assertThat(view.evidence.links(Stance.SUPPORTS).getFirst().note()).isEqualTo("editor's note");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.getValue()).isEqualTo("my better note");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.evidence.links(Stance.SUPPORTS).getFirst().note()).isEqualTo("my better note");
        assertThatThrownBy(() -> evidence.revise(link.id(), link.version(), null)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void hostile_claim_text_comments_and_notes_render_as_inert_text() {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>";
        ClaimView claim = fixtures.inResearch(hostile, "<b>tag</b>");
        fixtures.link(claim.id(), PASSAGE_QUERY, Stance.CONTEXT, "<img src=y onerror=alert(4)>", false);
        comments.add(claim.id(), "javascript:alert(5) <iframe src=javascript:alert(6)></iframe>");

        ClaimWorkspaceView view = open(claim.id());

        assertThat(view.header.statement.getText()).isEqualTo(hostile);
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains(hostile).contains("<b>tag</b>");
        // Notes and comments are drawn by the browser from templates that bind them as text (the browser test
        // checks they stay inert there); here, that they reach the template unchanged, as data.
        assertThat(view.evidence.card(view.evidence.links(Stance.CONTEXT).getFirst()).note())
                .isEqualTo("<img src=y onerror=alert(4)>");
        assertThat(view.comments.shown().getFirst().body()).contains("<iframe src=javascript:alert(6)></iframe>");
        List<Element> elements = elements(view.getElement());
        assertThat(elements).extracting(Element::getTag).doesNotContain("script", "img", "iframe", "b");
        assertThat(elements).allSatisfy(element -> {
            assertThat(element.getProperty("innerHTML")).as(element.getTag() + " innerHTML").isNull();
            String href = element.getAttribute("href");
            if (href != null) assertThat(href).as("link target").doesNotContainIgnoringCase("javascript:");
        });
    }

    @Test
    void an_unknown_claim_says_so_in_words() {
        navigate("claim/987654321", ClaimWorkspaceView.class);
        ClaimWorkspaceView view = (ClaimWorkspaceView) getCurrentView();
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).startsWith("Claim 987654321 does not exist");
    }

    @Test
    void the_slots_are_there_shown_when_filled_and_the_presence_slot_shows_who_has_the_claim_open() {
        ClaimWorkspaceView view = open(fixtures.newClaim("Claim with its slots").id());
        for (WorkspaceSlot slot : WorkspaceSlot.values()) {
            assertThat(view.slots.get(slot).getId()).hasValue(slot.id());
            assertThat(view.slots.get(slot).isVisible()).as(slot + " shown only when filled (the claim is open)")
                    .isEqualTo(view.slots.get(slot).getChildren().findAny().isPresent());
        }
        // web.report fills the report slot with its downloads.
        assertThat(view.slots.get(WorkspaceSlot.REPORT).getChildren()).singleElement()
                .satisfies(c -> assertThat(c.hasClassName("fb-report-slot")).isTrue());
        // The evidence finder (web.evidence) fills the finder slot.
        assertThat(view.slots.get(WorkspaceSlot.FINDER).getChildren()).singleElement()
                .satisfies(finder -> assertThat(finder.hasClassName("fb-finder")).isTrue());
        assertThat(List.of(WorkspaceSlot.values())).extracting(WorkspaceSlot::id)
                .containsExactly("fb-slot-finder", "fb-slot-suggestions", "fb-slot-presence", "fb-slot-report");
        PresenceAvatars avatars = (PresenceAvatars) view.slots.get(WorkspaceSlot.PRESENCE).getChildren()
                .filter(PresenceAvatars.class::isInstance).findFirst().orElseThrow();
        assertThat(avatars.names()).singleElement().asString().contains(view.me.displayName());
    }

    private ClaimWorkspaceView open(long claimId) {
        return navigate(new ClaimLink(claimId).href(), ClaimWorkspaceView.class);
    }

    /** What the server pushes from other threads (ui.access) runs when the session lock is released; here, now. */
    private static void runPushedUpdates() {
        awaitDeliveries();
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    /** Events are delivered on virtual threads after commit; give them a moment to queue their UI updates. */
    private static void awaitDeliveries() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(child -> elements(child).stream()))
                .filter(element -> !element.isTextNode()).toList();
    }
}
