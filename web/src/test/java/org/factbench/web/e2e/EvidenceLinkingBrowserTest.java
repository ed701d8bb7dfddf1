package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.comment.CommentService;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Linking evidence in a real headless Chromium: a checker opens a claim, searches in the evidence finder, opens a
 * hit in the reader, selects half a sentence with a mouse drag, links it as "supports" with a note, and finds it
 * under Supports back in the claim with the exact quote; then links a suggested passage with the card's own button.
 * Screenshots go to {@code target/screenshots/}.
 */
@WebTest
class EvidenceLinkingBrowserTest {

    private static final String QUERY = "first meeting Moscow";

    @LocalServerPort
    int port;

    @Autowired
    CorpusStoreStartup corpusStartup;
    @Autowired
    EvidenceService evidence;
    @Autowired
    SourceCorpus corpus;
    @Autowired
    CommentService comments;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClaimFixtures fixtures;
    @Autowired
    ArticleLoader loader;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void a_checker_finds_a_passage_selects_half_a_sentence_with_the_mouse_and_links_it_as_supporting()
            throws IOException, InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        RunAs as = new RunAs(users);
        ClaimView claim = as.user("checker", () -> fixtures.inResearch(ClaimFixtures.MOSCOW_CLAIM));
        String base = "http://localhost:" + port;

        LoginPage.open(browser.driver(), base).logIn("checker", "checker");
        FinderPage finder = FinderPage.open(browser.driver(), base, claim.id()).searchFor(QUERY);
        assertThat(finder.hits()).isNotEmpty();
        assertThat(finder.status()).startsWith("Passages 1–");
        Screens.save(browser.driver(), Path.of("target/screenshots", "finder.png"));

        String passage = finder.firstHitPassage();
        ArticlePage article = finder.openFirstHit();
        assertThat(article.currentUrl()).contains("claim=" + claim.id()).contains("q=");
        assertThat(article.highlightedPassage()).isEqualTo(passage);
        // Scrolled to the passage, not to the very top: the passage keeps space above it.
        assertThat(article.passageTop()).as("passage top in the window").isGreaterThan(80);
        // Centred: the title and byline stay in view unless the passage is too far below them to share the window.
        double belowTitle = article.passageTop() - article.titleBottom();
        assertThat(article.titleBottom() > 0 || belowTitle > article.windowHeight() / 2)
                .as("title bottom %.0f, passage %.0f px below it, window %.0f", article.titleBottom(), belowTitle,
                        article.windowHeight()).isTrue();

        int half = passage.lastIndexOf(' ', passage.length() / 2);
        String selected = article.dragSelectInPassage(0, half);
        assertThat(selected.strip()).as("the mouse selected the first half").isNotEmpty()
                .satisfies(s -> assertThat(passage).startsWith(s.strip()));
        assertThat(article.dialogQuote()).isEqualTo(selected.strip());
        article.linkAs("Supports", "The date and the city, in the outlet's words");
        assertThat(article.evidenceHighlight("supports")).isEqualTo(selected.strip());
        Screens.save(browser.driver(), Path.of("target/screenshots", "reader.png"));

        // With the keyboard: a selection made without the mouse, linked with Alt+L.
        String paragraph = article.passageParagraph();
        int wordStart = paragraph.indexOf(' ', paragraph.length() / 2) + 1;
        int wordEnd = paragraph.indexOf(' ', wordStart + 12);
        String byKeyboard = article.keyboardSelectAndLink(wordStart, wordEnd);
        assertThat(article.dialogQuote()).isEqualTo(byKeyboard.strip());
        article.linkAs("Context", null);
        assertThat(article.evidenceHighlight("context")).isEqualTo(byKeyboard.strip());

        List<EvidenceView> linked = as.user("checker", () -> evidence.forClaim(claim.id())).stream()
                .filter(link -> link.stance() == Stance.SUPPORTS).toList();
        assertThat(linked).singleElement().satisfies(link -> {
            assertThat(link.quoteExact()).isEqualTo(selected.strip());
            assertThat(link.stance()).isEqualTo(Stance.SUPPORTS);
            assertThat(link.note()).isEqualTo("The date and the city, in the outlet's words");
        });

        article.backToClaim();
        FinderPage back = FinderPage.awaitOpen(browser.driver());
        assertThat(back.quotes("supports")).containsExactly(selected.strip());
        assertThat(back.query()).as("the finder's search is kept").isEqualTo(QUERY);
        browser.driver().executeScript("document.querySelector('.fb-evidence-panel').scrollIntoView({block: 'start'})");
        Screens.save(browser.driver(), Path.of("target/screenshots", "workspace-linked.png"));

        // A suggested passage, drawn in the browser from the list's template, linked with its own Supports button.
        // (Back to the top first: scrolled to the evidence, the header reads as hidden to Selenium.)
        browser.driver().executeScript("document.querySelector('.fb-claim-header').scrollIntoView({block: 'start'})");
        WorkspacePage workspace = new WorkspacePage(browser.driver());
        WorkspacePage.Suggested suggested = workspace.awaitFirstSuggestion();
        assertThat(suggested.text()).isNotBlank();
        assertThat(suggested.readerHref()).contains("/article/").contains("start=");
        assertThat(suggested.badgeAgreements()).isNotEmpty().contains("why")
                .allSatisfy(agreement -> assertThat(agreement).isIn("agrees", "less_precise", "differs", "why"));
        assertThat(suggested.comparedFactsHinted()).as("compared facts carry the 'a hint, not a verdict' title").isTrue();
        assertThat(suggested.buttons()).containsExactly("Supports", "Refutes", "Context", "Dismiss");
        assertThat(suggested.buttonLabels().getFirst()).startsWith("Link as supporting: ");
        Screens.save(browser.driver(), Path.of("target/screenshots", "workspace-suggestions.png"));
        workspace.clickFirstSuggestion("supports");
        workspace.awaitQuote("supports", suggested.text()).awaitSuggestionGone(suggested.text());
    }

    @Test
    void hostile_article_and_claim_text_stays_inert_in_the_finder_and_the_reader(@TempDir Path files) throws Exception {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        // No full stops inside: the passage stays one sentence.
        String script = "<script>window['__pwned'] = 1</script>";
        String image = "<img src=x onerror=\"window['__pwned'] = 2\">";
        String link = "javascript:top['__pwned']=3";
        Path file = Files.writeString(files.resolve("hostile-reader.txt"), "By Test Outlet\n\nBy Mallory Markup\n\n"
                + "Numbatville council quoted " + script + " and " + image + " and " + link + " in full.\n\n"
                + "A second Numbatville paragraph.");
        assertThat(loader.load(List.of(file), ReadOptions.defaults(), ProgressListener.NONE).failed()).isEmpty();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (corpus.searchPassages(org.factbench.core.corpus.PassageQuery.of("Numbatville council")).hits().isEmpty()
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        RunAs as = new RunAs(users);
        ClaimView claim = as.user("checker", () -> fixtures.inResearch("Numbatville said " + script + " " + image));
        // The workspace draws evidence cards and comments in the browser from templates: the passage, a note and a
        // comment carrying markup must come out there as text too.
        as.user("checker", () -> {
            fixtures.link(claim.id(), "Numbatville council", Stance.CONTEXT, "Note " + image, false);
            comments.add(claim.id(), "Comment " + script + " " + image);
        });
        String base = "http://localhost:" + port;

        LoginPage.open(browser.driver(), base).logIn("checker", "checker");
        FinderPage finder = FinderPage.open(browser.driver(), base, claim.id()).searchFor("Numbatville council");
        assertThat(finder.firstHitPassage()).contains(script).contains(image).contains(link);
        ArticlePage article = finder.openFirstHit();

        assertThat(String.join("\n", article.paragraphs())).contains(script).contains(image).contains(link);
        assertThat(browser.driver().executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver().executeScript("return document.querySelectorAll('.fb-article img, .fb-article script, "
                + ".fb-reader-claim img, .fb-reader-claim script, a[href^=\"javascript\"]').length")).isEqualTo(0L);
        assertThat(browser.driver().findElement(org.openqa.selenium.By.className("fb-reader-claim")).getText()).contains(script);

        FinderPage workspace = FinderPage.open(browser.driver(), base, claim.id());
        assertThat(workspace.quotes("context")).singleElement().asString().contains(script).contains(image).contains(link);
        assertThat(browser.driver().findElement(org.openqa.selenium.By.className("fb-evidence-note")).getText())
                .isEqualTo("Note " + image);
        assertThat(browser.driver().findElement(org.openqa.selenium.By.className("fb-comment-body")).getText())
                .isEqualTo("Comment " + script + " " + image);
        assertThat(browser.driver().executeScript("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.driver().executeScript("return document.querySelectorAll('.fb-evidence-list img, "
                + ".fb-evidence-list script, .fb-comments img, .fb-comments script, a[href^=\"javascript\"]').length"))
                .isEqualTo(0L);
    }
}
