package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.review.ReviewService;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.indexer.testing.TestDirectories;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole fact-check in two real browsers at once: checker A creates a claim, researches and proposes; editor
 * B, who has the claim open all along, sees every change arrive without reloading, sends it back once, then
 * approves and publishes. A never gets an approve button, and the service refuses A's approval anyway. The
 * main screens are saved as screenshots ({@link Screens}).
 */
@WebTest
class WorkspaceFlowBrowserTest {

    private static final String STATEMENT = "The first meeting of Azerbaijani and Armenian public figures after the "
            + "2020 war was held on 23-24 December 2021 in Moscow (browser flow)";

    @LocalServerPort
    int port;
    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimFixtures fixtures;
    @Autowired
    ReviewService review;
    @Autowired
    ClaimService claims;

    private Path profileA;
    private Path profileB;
    private ChromeDriver checker;
    private ChromeDriver editor;

    @BeforeEach
    void openTwoBrowsers() {
        profileA = Chromium.freshProfile();
        profileB = Chromium.freshProfile();
        checker = Chromium.start(profileA);
        editor = Chromium.start(profileB);
    }

    @AfterEach
    void closeBrowsers() {
        // What each browser showed at the end: the last picture of a failed run says where it stopped.
        for (ChromeDriver browser : new ChromeDriver[] {checker, editor}) {
            if (browser == null) continue;
            browser.executeScript("document.querySelectorAll('*').forEach(e => { if (e.scrollTop > 0) e.scrollTop = 0; });");
            Screens.save(browser, browser == checker ? "last-checker" : "last-editor");
        }
        for (ChromeDriver browser : new ChromeDriver[] {checker, editor}) {
            if (browser != null) browser.quit();
        }
        TestDirectories.deleteQuietly(profileA);
        TestDirectories.deleteQuietly(profileB);
    }

    @Test
    void a_checker_and_an_editor_take_a_claim_from_creation_to_a_published_report_and_see_each_other_live()
            throws InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        // An earlier claim that the new one duplicates, so the dialog has something to score.
        new RunAs(users).user("editor", () -> fixtures.newClaim(ClaimFixtures.MOSCOW_CLAIM));
        String base = "http://localhost:" + port;

        // 1. A creates the claim; its possible duplicates show with a score while A types.
        BoardPage board = LoginPage.open(checker, base).logInToBoard("checker", "checker").startNewClaim()
                .fillClaim(STATEMENT, "A television commentator", "https://news.example/tv/2022/01/10/evening-talk",
                        "Evening Talk", "2022-01-10");
        assertThat(board.duplicateScores()).isNotEmpty().allSatisfy(score -> assertThat(score).matches("\\d+% similar"));
        Screens.save(checker, "new-claim");
        WorkspacePage a = board.create();
        long claimId = a.claimId();

        // B opens the same claim and sees A there.
        LoginPage.open(editor, base).logInToBoard("editor", "editor");
        WorkspacePage b = WorkspacePage.open(editor, a.url());
        b.awaitPresent("Demo Checker");
        a.awaitPresent("Demo Editor");

        // 2-3. A researches: every change reaches B live, with a notice of who did it.
        a.startResearch();
        b.awaitStatus("In research");
        assertThat(b.liveNotice()).contains("Demo Checker");

        // 2. From inside the claim: the finder, the reader, half a sentence selected with the mouse, linked.
        String supporting = link("\"December 23-24, 2021\" Moscow", true, "Supports",
                "Date and city as claimed, from a participant's outlet");
        b.awaitQuote("supports", supporting);
        assertThat(b.liveNotice()).contains("Demo Checker");
        // 3. A second passage with the other stance: the whole passage this time.
        String refuting = link("\"23-24 November 2021\" Moscow", false, "Refutes",
                "Puts the meeting in November");
        b.awaitQuote("refutes", refuting);
        a.comment("Two outlets report the Moscow meeting; @editor please have a look.");
        b.awaitComment("@editor please have a look");
        a.propose("True", "Both reports put the meeting in Moscow on 23-24 December 2021.");
        b.awaitStatus("In review").awaitProposal("23-24 December 2021");
        Screens.save(editor, "workspace-editor");

        // A may not approve A's own verdict: no button, and the service says no as well.
        assertThat(a.canPublish()).as("approve button for the proposer").isFalse();
        assertThatThrownBy(() -> new RunAs(users).user("checker", () -> review.publish(claimId,
                claims.get(claimId).version(), null))).isInstanceOf(AccessDeniedException.class);

        // 5. B sends it back with a reason; A sees it live, adjusts and proposes again; B publishes.
        b.requestChanges("Name the second outlet in the summary.");
        a.awaitStatus("In research").awaitChangesRequested("Name the second outlet");
        a.propose("True", "Caspian Ledger and Kavkazsky Obozrevatel put the meeting in Moscow on 23-24 December 2021.");
        b.awaitStatus("In review").awaitProposal("Kavkazsky Obozrevatel");
        b.publish();
        a.awaitStatus("Published");
        checker.executeScript("window.scrollTo(0, 0)");
        Screens.save(checker, "workspace-checker");

        // 6. The report is one click away.
        assertThat(a.reportLink()).contains("1");
        // The activity timeline, drawn in the browser from the rows the list fetches: newest first.
        assertThat(a.timeline().getFirst()).contains("approved and published").doesNotContain("${");

        // At tablet width the workspace still fits: nothing wider than the window.
        editor.manage().window().setSize(new Dimension(820, 1180));
        WorkspacePage tablet = WorkspacePage.open(editor, a.url()).awaitStatus("Published");
        assertThat(tablet.overflowsHorizontally()).as("page wider than an 820 px window").isFalse();
        Screens.save(editor, "workspace-tablet");
    }

    /** Finder -> reader -> mouse selection -> link dialog -> back to the claim; returns the linked quote. */
    private String link(String query, boolean half, String stance, String note) {
        FinderPage finder = FinderPage.awaitOpen(checker).searchFor(query);
        String passage = finder.firstHitPassage();
        ArticlePage article = finder.openFirstHit();
        int end = half ? passage.lastIndexOf(' ', passage.length() / 2) : passage.length();
        String selected = article.dragSelectInPassage(0, end).strip();
        assertThat(passage).startsWith(selected);
        article.linkAs(stance, note);
        assertThat(article.evidenceHighlight(stance.toLowerCase(java.util.Locale.ROOT))).contains(selected);
        Screens.save(checker, "reader");
        article.backToClaim();
        new WorkspacePage(checker).awaitQuote(stance.toLowerCase(java.util.Locale.ROOT), selected);
        return selected;
    }
}
