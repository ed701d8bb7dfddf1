package org.factbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factbench.core.audit.ActivityView;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.testsupport.CoreSpringTest;
import org.factbench.core.testsupport.InMemorySourceCorpus;
import org.factbench.core.testsupport.Samples;
import org.factbench.core.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Format-2 snapshots carry everything a report format prints; format-1 rows still read; public links. */
@CoreSpringTest
abstract class ReportSnapshotTest {

    static final String BODY = "Officials met twice. The delegation arrived on Thursday evening after a long delay.\n\n"
            + "The first meeting took place on 23-24 December 2021 in Moscow, officials said. A later round was held in Tbilisi.";

    @Autowired ClaimService claims;
    @Autowired ClaimHistory history;
    @Autowired ReviewService review;
    @Autowired EvidenceService evidence;
    @Autowired ReportService reports;
    @Autowired PublicReportLinks links;
    @Autowired InMemorySourceCorpus corpus;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_snapshot_holds_scale_position_sources_with_context_timeline_and_versions() {
        ArticleText article = corpus.publish("snap-" + System.nanoTime(), BODY);
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        users.checker(() -> evidence.link(claim.id(), select(article, "took place on 23-24 December 2021")));
        publish(claim, "MOSTLY_TRUE");

        PublishedReport report = users.checker(() -> reports.latest(claim.id()));

        assertThat(report.snapshotFormat()).isEqualTo(PublishedReport.CURRENT_FORMAT);
        assertThat(report.scale().best()).isEqualTo(6);
        assertThat(report.scale().worst()).isEqualTo(1);
        assertThat(report.scale().position()).isEqualTo(5);
        assertThat(report.scale().alternateName()).isEqualTo("Mostly true");
        assertThat(report.scale().steps()).hasSize(7);
        EvidenceView link = report.evidence().getFirst();
        EvidenceSource source = report.source(link.id()).orElseThrow();
        assertThat(source.articleAuthors()).containsExactly("A. Reporter");
        assertThat(source.contextBefore()).as("not across the paragraph break").isEqualTo("The first meeting ");
        assertThat(source.contextAfter()).isEqualTo(" in Moscow, officials said. A later round was held in Tbilisi.");
        assertThat(report.timeline()).extracting(TimelineEntry::action).contains("CLAIM_CREATED", "EVIDENCE_LINKED", "VERDICT_PROPOSED");
        // The approval that made this version ends its timeline, though the log records it after the snapshot.
        assertThat(report.timeline().getLast().action()).isEqualTo("CLAIM_PUBLISHED");
        assertThat(report.timeline().getLast().occurredAt()).isEqualTo(report.publishedAt());
        assertThat(report.versions()).extracting(ReportVersionSummary::versionNo).containsExactly(1);
        assertThat(report.claim().firstAppearance()).isPresent();
    }

    @Test
    void an_ungraded_verdict_has_no_position_on_the_scale() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        publish(claim, "UNPROVEN");

        ReportScale scale = users.checker(() -> reports.latest(claim.id())).scale();

        assertThat(scale.position()).isNull();
        assertThat(scale.alternateName()).isEqualTo("Unproven");
        assertThat(scale.gradedSteps()).extracting(r -> r.code()).doesNotContain("UNPROVEN");
    }

    @Test
    void a_snapshot_stored_in_format_1_still_reads_and_is_completed_from_the_version_rows() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        String oldJson = """
                {"claimId":%d,"version":1,"publishedAt":"2025-05-01T10:00:00Z",
                 "claim":{"id":%d,"statement":"An old statement","claimant":"Someone","language":"en","tags":["old"],
                          "appearances":[{"url":"https://old.example/a","appearedOn":"2025-04-30","outlet":null}],"collectionId":null},
                 "verdict":{"rating":"FALSE","label":"False","colour":"#b42318","summary":"Old summary",
                            "proposer":{"id":1,"username":"checker","displayName":"Chris"},"proposedAt":"2025-05-01T09:00:00Z",
                            "approver":{"id":2,"username":"editor","displayName":"Eddie"},"approvedAt":"2025-05-01T10:00:00Z"},
                 "evidence":[],"verdictHistory":[],"correction":null}""".formatted(claim.id(), claim.id());
        jdbc.update("insert into report_version (id, claim_id, version_no, published_at, rating, approver_name, snapshot_json) "
                + "values (?, ?, 1, ?, 'FALSE', 'editor', ?)",
                -claim.id(), claim.id(), java.sql.Timestamp.from(java.time.Instant.parse("2025-05-01T10:00:00Z")), oldJson);

        PublishedReport old = users.checker(() -> reports.latest(claim.id()));

        assertThat(old.snapshotFormat()).isEqualTo(1);
        assertThat(old.claim().statement()).isEqualTo("An old statement");
        assertThat(old.sources()).isEmpty();
        assertThat(old.timeline()).isEmpty();
        assertThat(old.scale().position()).isEqualTo(1);
        assertThat(old.versions()).extracting(ReportVersionSummary::approverName).containsExactly("editor");
    }

    @Test
    void a_public_link_opens_the_newest_report_until_an_editor_revokes_it() {
        ClaimView claim = users.checker(() -> claims.create(Samples.claim()));
        assertThatThrownBy(() -> users.editor(() -> links.create(claim.id()))).isInstanceOf(InvalidInputException.class);
        publish(claim, "FALSE");
        assertThatThrownBy(() -> users.checker(() -> links.create(claim.id()))).isInstanceOf(AccessDeniedException.class);

        PublicReportLinkView link = users.editor(() -> links.create(claim.id()));

        assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(links.open(link.token())).hasValueSatisfying(r -> assertThat(r.claimId()).isEqualTo(claim.id()));
        assertThat(links.open(link.token().substring(1) + "A")).isEmpty();
        assertThat(links.open("../../etc")).isEmpty();
        assertThat(users.editor(() -> links.forClaim(claim.id()))).extracting(PublicReportLinkView::active).containsExactly(true);

        users.editor(() -> links.revoke(link.id()));

        assertThat(links.open(link.token())).isEmpty();
        List<ActivityView> log = users.checker(() -> history.timeline(claim.id()));
        assertThat(log).extracting(ActivityView::action).contains("PUBLIC_LINK_CREATED", "PUBLIC_LINK_REVOKED");
        assertThat(log).noneSatisfy(e -> assertThat(String.valueOf(e.afterJson())).contains(link.token()));
    }

    private void publish(ClaimView claim, String rating) {
        ClaimView researching = users.checker(() -> review.startResearch(claim.id(), claims.get(claim.id()).version()));
        ClaimView proposed = users.checker(() -> review.proposeVerdict(claim.id(), researching.version(), new VerdictDraft(rating, "Because.")));
        users.editor(() -> review.publish(claim.id(), proposed.version(), null));
    }

    private static EvidenceSelection select(ArticleText article, String quote) {
        int start = article.body().indexOf(quote);
        return new EvidenceSelection(article.id(), article.version(), start, start + quote.length(), quote, Stance.SUPPORTS, "n");
    }
}
