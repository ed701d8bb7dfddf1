package org.factbench.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factbench.core.audit.ActivityView;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimFilter;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.claim.ClaimSummary;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.claim.PublishNotAllowedException;
import org.factbench.core.claim.VerdictOutcome;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.shared.StaleEditException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.RecordedEvents;
import org.factbench.core.testsupport.RecordingEventSink;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Claims and the review workflow through the services, against a real database (H2 and PostgreSQL subclasses). */
@CoreSpringTest
abstract class ClaimLifecycleTest {

    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired ClaimHistory history;
    @Autowired ClaimRepository repository;
    @Autowired TestUsers users;
    @Autowired RecordedEvents events;
    @Autowired TransactionTemplate transactions;
    @Autowired RecordingEventSink sink;

    @Test
    void creating_a_claim_records_who_and_what_and_announces_it_after_commit() {
        ClaimDetails details = Samples.claim();
        ClaimView created = users.checker(() -> claims.create(details));

        assertThat(created.status()).isEqualTo(ClaimStatus.NEW);
        assertThat(created.createdBy().username()).isEqualTo(TestUsers.CHECKER);
        assertThat(created.version()).isZero();
        assertThat(events.named("ClaimCreated", created.id())).singleElement()
                .satisfies(e -> assertThat(e).hasFieldOrPropertyWithValue("statement", details.statement()));
        assertThat(sink.sent()).as("handed to the external sink after commit")
                .anySatisfy(e -> assertThat(e).isEqualTo(events.named("ClaimCreated", created.id()).getFirst()));
        List<ActivityView> timeline = users.checker(() -> history.timeline(created.id()));
        assertThat(timeline).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("CLAIM_CREATED");
            assertThat(entry.actorName()).isEqualTo(TestUsers.CHECKER);
            assertThat(entry.beforeJson()).isNull();
            assertThat(entry.afterJson()).contains(details.statement());
        });
    }

    @Test
    void a_stale_edit_is_refused_with_the_users_input_and_changes_nothing() {
        ClaimView created = users.checker(() -> claims.create(Samples.claim()));
        ClaimView first = users.checker(() -> claims.update(created.id(), created.version(), Samples.claim("First edit wins")));
        ClaimDetails lateEdit = Samples.claim("Second edit from an old screen");

        assertThatThrownBy(() -> users.checker2(() -> claims.update(created.id(), created.version(), lateEdit)))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.attempted()).isSameAs(lateEdit);
                    assertThat(e.expectedVersion()).isEqualTo(created.version());
                    assertThat(e.getMessage()).contains("changed by someone else");
                });
        ClaimView now = users.checker(() -> claims.get(created.id()));
        assertThat(now.statement()).isEqualTo("First edit wins");
        assertThat(now.version()).isEqualTo(first.version()).isGreaterThan(created.version());
    }

    @Test
    void bad_input_gets_a_field_error_and_writes_nothing() {
        long before = repository.count();
        ClaimDetails noAppearance = new ClaimDetails("A statement", "Someone", "en", List.of(), List.of(), null);

        assertThatThrownBy(() -> users.checker(() -> claims.create(noAppearance)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("appearances");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_verdict_is_published_only_by_an_editor_who_did_not_propose_it() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        ClaimView researching = users.checker(() -> review.startResearch(claim.id(), claim.version()));
        assertThat(researching.assignee().username()).isEqualTo(TestUsers.CHECKER);
        ClaimView proposed = users.editor(() -> review.proposeVerdict(claim.id(), researching.version(),
                new VerdictDraft("FALSE", "Two outlets place the meeting elsewhere.")));
        assertThat(proposed.status()).isEqualTo(ClaimStatus.IN_REVIEW);

        assertThatThrownBy(() -> users.checker(() -> review.publish(claim.id(), proposed.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.editor(() -> review.publish(claim.id(), proposed.version(), null)))
                .isInstanceOf(PublishNotAllowedException.class);
        ClaimView returned = users.editor2(() -> review.requestChanges(claim.id(), proposed.version(), "Add the TV source."));
        assertThat(returned.status()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(returned.statusReason()).isEqualTo("Add the TV source.");

        ClaimView again = users.editor(() -> review.proposeVerdict(claim.id(), returned.version(),
                new VerdictDraft("FALSE", "Three outlets place the meeting elsewhere.")));
        ClaimView published = users.editor2(() -> review.publish(claim.id(), again.version(), null));

        assertThat(published.status()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(published.verdicts()).extracting(v -> v.outcome())
                .containsExactly(VerdictOutcome.CHANGES_REQUESTED, VerdictOutcome.APPROVED);
        assertThat(published.currentVerdict().reviewer().username()).isEqualTo(TestUsers.EDITOR2);
        assertThat(events.of(ClaimPublished.class, claim.id())).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(TestUsers.EDITOR2));
        assertThat(users.checker(() -> history.timeline(claim.id()))).extracting(ActivityView::action).containsExactly(
                "CLAIM_CREATED", "RESEARCH_STARTED", "VERDICT_PROPOSED", "CHANGES_REQUESTED", "VERDICT_PROPOSED", "CLAIM_PUBLISHED");
    }

    @Test
    void an_unknown_rating_is_refused_with_the_valid_choices() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        ClaimView researching = users.checker(() -> review.startResearch(claim.id(), claim.version()));

        assertThatThrownBy(() -> users.checker(() -> review.proposeVerdict(claim.id(), researching.version(),
                new VerdictDraft("PANTS_ON_FIRE", "x"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("MOSTLY_TRUE");
    }

    @Test
    void events_and_activity_of_a_rolled_back_transaction_never_appear() {
        ClaimDetails details = Samples.claim();
        Long id = users.checker(() -> transactions.execute(status -> {
            ClaimView created = claims.create(details);
            status.setRollbackOnly();
            return created.id();
        }));

        assertThat(repository.existsById(id)).isFalse();
        assertThat(events.named("ClaimCreated", id)).isEmpty();
        assertThat(sink.sent()).noneMatch(e -> e.type().equals("ClaimCreated")
                && e instanceof org.factbench.core.shared.event.ClaimEvent c && c.claimId() == id);
    }

    @Test
    void rejected_claims_keep_the_reason_and_can_be_reopened() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        ClaimView rejected = users.editor(() -> review.reject(claim.id(), claim.version(), "An opinion, not a fact."));
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("An opinion, not a fact.");

        ClaimView reopened = users.editor(() -> review.reopen(claim.id(), rejected.version(), "New figures were published."));
        assertThat(reopened.status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    }

    @Test
    void the_board_filters_by_status_and_text() {
        String marker = "zebra-" + System.nanoTime();
        ClaimView a = users.checker(() -> claims.create(Samples.claim("Statement about " + marker + " one")));
        ClaimView b = users.checker(() -> claims.create(Samples.claim("Statement about " + marker + " two")));
        users.checker(() -> review.startResearch(b.id(), b.version()));

        List<ClaimSummary> found = users.checker(() -> claims.search(
                new ClaimFilter(ClaimStatus.NEW, null, null, null, marker.toUpperCase()), 0, 50)).items();
        assertThat(found).extracting(ClaimSummary::id).containsExactly(a.id());
        assertThat(users.checker(() -> claims.search(new ClaimFilter(null, TestUsers.CHECKER, null, null, marker), 0, 50)).items())
                .extracting(ClaimSummary::id).containsExactly(b.id());
    }
}
