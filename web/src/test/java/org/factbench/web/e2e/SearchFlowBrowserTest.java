package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo flow in a real headless Chromium against the running application, its real local Elasticsearch
 * and the sample corpus: log in as the checker, search, see highlighted hits, open the article at the passage.
 * Also saves a screenshot of the results ({@code -Dfactbench.screenshot=../docs/screenshot.png} to refresh the
 * README's; by default it goes to {@code target/screenshots/}).
 */
@WebTest
class SearchFlowBrowserTest {

    private static final List<String> QUERY_WORDS = List.of("first", "meeting", "moscow");

    @LocalServerPort
    int port;

    @Autowired
    CorpusStoreStartup corpusStartup;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void a_checker_logs_in_searches_and_reads_the_article_at_the_highlighted_passage()
            throws IOException, InterruptedException {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();

        LoginPage login = LoginPage.open(browser.driver(), "http://localhost:" + port);
        assertThat(login.demoCredentials()).contains("checker / checker");
        SearchPage search = login.logIn("checker", "checker");
        assertThat(search.loggedInUser()).contains("Checker");

        search.searchFor("first meeting Moscow");
        assertThat(search.summary()).matches("\\d+ passages?.*");
        // The search is in the address bar, so it can be shared or bookmarked.
        assertThat(browser.driver().getCurrentUrl()).contains("/search?").contains("q=first%20meeting%20Moscow");
        assertThat(search.firstHitMarks()).isNotEmpty().allSatisfy(mark ->
                assertThat(QUERY_WORDS).anyMatch(word -> mark.toLowerCase(Locale.ROOT).contains(word)));
        saveScreenshot();

        String passage = search.firstHitPassage();
        ArticlePage article = search.openFirstHit();
        assertThat(article.currentUrl()).contains("/article/").contains("start=").contains("end=");
        assertThat(article.paragraphs()).isNotEmpty();
        assertThat(String.join("\n", article.paragraphs())).contains(passage);
        assertThat(article.highlightedPassage()).isEqualTo(passage);
    }

    private void saveScreenshot() throws IOException {
        Path target = Path.of(System.getProperty("factbench.screenshot", "target/screenshots/search-results.png"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
