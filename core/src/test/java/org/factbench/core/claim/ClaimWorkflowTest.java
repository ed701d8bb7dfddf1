package org.factbench.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.Role;
import org.factbench.core.user.UserAccount;
import org.junit.jupiter.api.Test;

/** The workflow rules of the claim aggregate, without Spring or a database. */
class ClaimWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final UserAccount checker = user("checker", Role.CHECKER);
    private final UserAccount editor = user("editor", Role.EDITOR);
    private final UserAccount otherEditor = user("other-editor", Role.EDITOR);
    private final UserAccount admin = user("admin", Role.ADMIN);

    @Test
    void a_new_claim_goes_through_research_and_review_to_publication() {
        Claim claim = newClaim();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.NEW);

        claim.startResearch(checker, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim.getAssignee()).isSameAs(checker);

        claim.proposeVerdict("FALSE", "The meeting was in Tbilisi.", checker, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);

        VerdictProposal approved = claim.publish(editor, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(approved.getOutcome()).isEqualTo(VerdictOutcome.APPROVED);
        assertThat(approved.getReviewer()).isSameAs(editor);
    }

    @Test
    void changes_requested_send_the_claim_back_to_research_with_the_reason() {
        Claim claim = inReview(checker);

        claim.requestChanges(editor, "Cite the second outlet too.", NOW);

        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_RESEARCH);
        assertThat(claim.getStatusReason()).isEqualTo("Cite the second outlet too.");
        assertThat(claim.getProposals().getLast().getOutcome()).isEqualTo(VerdictOutcome.CHANGES_REQUESTED);
        assertThat(claim.getProposals().getLast().getReviewNote()).isEqualTo("Cite the second outlet too.");
    }

    @Test
    void changes_cannot_be_requested_without_a_reason() {
        Claim claim = inReview(checker);

        assertThatThrownBy(() -> claim.requestChanges(editor, "  ", NOW))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void a_checker_cannot_publish() {
        Claim claim = inReview(user("someone", Role.CHECKER));

        assertThatThrownBy(() -> claim.publish(checker, NOW))
                .isInstanceOfSatisfying(PublishNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublishNotAllowedException.Reason.NOT_AN_EDITOR));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void an_editor_cannot_publish_a_verdict_they_proposed() {
        Claim claim = inReview(editor);

        assertThatThrownBy(() -> claim.publish(editor, NOW))
                .isInstanceOfSatisfying(PublishNotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PublishNotAllowedException.Reason.OWN_PROPOSAL));
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);

        claim.publish(otherEditor, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void an_admin_counts_as_an_editor_for_publishing() {
        Claim claim = inReview(checker);
        claim.publish(admin, NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
    }

    @Test
    void publishing_needs_a_claim_in_review() {
        Claim claim = newClaim();
        claim.startResearch(checker, NOW);

        assertThatThrownBy(() -> claim.publish(editor, NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void open_claims_can_be_rejected_and_a_pending_verdict_is_withdrawn() {
        Claim fresh = newClaim();
        fresh.reject(editor, "Opinion, not a factual claim.", NOW);
        assertThat(fresh.getStatus()).isEqualTo(ClaimStatus.REJECTED);

        Claim reviewed = inReview(checker);
        reviewed.reject(editor, "Not check-worthy after all.", NOW);
        assertThat(reviewed.getStatus()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(reviewed.getProposals().getLast().getOutcome()).isEqualTo(VerdictOutcome.WITHDRAWN);
    }

    @Test
    void a_published_claim_is_frozen_until_reopened_for_a_correction() {
        Claim claim = inReview(checker);
        claim.publish(editor, NOW);

        assertThatThrownBy(() -> claim.edit(details("Changed after publication"), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> claim.reject(editor, "late", NOW)).isInstanceOf(IllegalTransitionException.class);

        claim.reopen("A date in the summary was wrong.", NOW);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.IN_RESEARCH);
        claim.edit(details("Corrected statement"), NOW);
        assertThat(claim.getStatement()).isEqualTo("Corrected statement");
    }

    @Test
    void merging_moves_appearances_and_tags_to_the_target_and_closes_the_duplicate() {
        Claim target = newClaim();
        Claim duplicate = new Claim(new ClaimDetails("Same thing, said again", "Minister", "en", List.of("diplomacy", "moscow"),
                List.of(new Appearance("https://tv.example/clip", LocalDate.of(2022, 2, 1))), null), checker, NOW);

        duplicate.mergeInto(target, editor, NOW);

        assertThat(duplicate.getStatus()).isEqualTo(ClaimStatus.MERGED);
        assertThat(target.getTags()).contains("diplomacy", "moscow");
        assertThat(target.getAppearances()).extracting(Appearance::url).contains("https://tv.example/clip", "https://example.org/a");
        assertThatThrownBy(() -> duplicate.reopen("again", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> newClaim().mergeInto(duplicate, editor, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_claim_needs_a_statement_a_claimant_and_an_appearance() {
        assertThatThrownBy(() -> new Claim(new ClaimDetails(" ", "x", null, null, List.of(appearance()), null), checker, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("statement");
        assertThatThrownBy(() -> new Claim(new ClaimDetails("s", "", null, null, List.of(appearance()), null), checker, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("claimant");
        assertThatThrownBy(() -> new Claim(new ClaimDetails("s", "x", null, null, List.of(), null), checker, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("appearances");
        assertThatThrownBy(() -> new Claim(new ClaimDetails("s", "x", "english", null, List.of(appearance()), null), checker, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("language");
        assertThatThrownBy(() -> new Appearance("javascript:alert(1)", LocalDate.of(2022, 1, 1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("appearances");
    }

    @Test
    void tags_are_trimmed_and_deduplicated() {
        Claim claim = new Claim(new ClaimDetails("s", "x", "EN", List.of(" a ", "a", "", "b"), List.of(appearance()), null), checker, NOW);
        assertThat(claim.getTags()).containsExactly("a", "b");
        assertThat(claim.getLanguage()).isEqualTo("en");
    }

    private Claim inReview(UserAccount proposer) {
        Claim claim = newClaim();
        claim.startResearch(proposer, NOW);
        claim.proposeVerdict("MOSTLY_FALSE", "Summary of the evidence.", proposer, NOW);
        return claim;
    }

    private Claim newClaim() {
        return new Claim(details("The meeting took place in Moscow"), checker, NOW);
    }

    private static ClaimDetails details(String statement) {
        return new ClaimDetails(statement, "A spokesperson", "en", List.of("diplomacy"), List.of(appearance()), null);
    }

    private static Appearance appearance() {
        return new Appearance("https://example.org/a", LocalDate.of(2022, 1, 10));
    }

    private static UserAccount user(String name, Role role) {
        return new UserAccount(name, name, "{noop}x", role, NOW);
    }
}
