package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.report.PublicReportLinkView;
import org.factbench.core.report.PublicReportLinks;
import org.factbench.core.review.ReviewService;
import org.factbench.indexer.store.CorpusStoreStartup;
import org.factbench.web.support.ClaimFixtures;
import org.factbench.web.support.RunAs;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A published report in a real headless Chromium: the checker opens the report page from the app; a reader with no
 * login opens the public link until the editor revokes it in the claim workspace. Saves a screenshot of the report page
 * ({@code -Dfactbench.report.screenshot=../docs/report.png} refreshes the README's; else target/screenshots/).
 */
@WebTest
class ReportBrowserTest {

    @LocalServerPort int port;
    @Autowired CorpusStoreStartup corpusStartup;
    @Autowired ClaimService claims;
    @Autowired ReviewService review;
    @Autowired UserDetailsService users;
    @Autowired ClaimFixtures fixtures;
    @Autowired PublicReportLinks links;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void a_checker_reads_the_report_page_and_a_reader_opens_the_public_link_until_it_is_revoked() throws Exception {
        assertThat(corpusStartup.awaitReady(Duration.ofMinutes(3))).as("sample corpus loaded").isTrue();
        RunAs as = new RunAs(users);
        ClaimView claim = as.user("checker", () -> {
            ClaimView created = claims.create(new ClaimDetails(ClaimFixtures.MOSCOW_CLAIM, "A member of the Armenian delegation", "en",
                    List.of("diplomacy"), List.of(new Appearance("https://news.example/interview", LocalDate.of(2022, 1, 10), "Example News"),
                            new Appearance("https://news.example/repeat", LocalDate.of(2022, 2, 3), "Another Outlet")), null));
            ClaimView researching = review.startResearch(created.id(), created.version());
            fixtures.link(created.id(), "first meeting Moscow", Stance.SUPPORTS, "Gives the exact dates and the city", false);
            fixtures.link(created.id(), "Armenian Azerbaijani normalization", Stance.CONTEXT, "Background on the talks", true);
            fixtures.link(created.id(), "meeting December", Stance.REFUTES, null, true);
            return fixtures.proposed(researching, "MOSTLY_TRUE", "Two outlets give 23-24 December 2021 in Moscow; one dates it a day later.");
        });
        as.user("editor", () -> review.publish(claim.id(), claims.get(claim.id()).version(), null));
        PublicReportLinkView link = as.user("editor", () -> links.create(claim.id()));
        String base = "http://localhost:" + port;

        LoginPage.open(browser.driver(), base).logIn("checker", "checker");
        browser.driver().manage().window().setSize(new Dimension(1280, 1500));
        ReportPage page = ReportPage.open(browser.driver(), base + "/report/" + claim.id());
        assertThat(page.claim()).isEqualTo(ClaimFixtures.MOSCOW_CLAIM);
        assertThat(page.verdict()).isEqualTo("Mostly true");
        assertThat(page.evidenceRows()).isEqualTo(3);
        assertThat(page.downloadLinks()).isEqualTo(4);
        Screens.save(browser.driver(), Path.of(System.getProperty("factbench.report.screenshot", "target/screenshots/report.png")));

        browser.driver().get(base + "/claim/" + claim.id());
        Vaadin vaadin = new Vaadin(browser.driver());
        vaadin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fb-slot-report .fb-report-downloads a")));
        assertThat(browser.driver().findElements(By.cssSelector("#fb-slot-report .fb-report-downloads a"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("#fb-slot-report .fb-public-links"))).as("checkers manage no public links").isEmpty();
        Screens.save(browser.driver(), Path.of("target/screenshots/workspace-report-slot.png"));

        browser.driver().manage().deleteAllCookies();
        ReportPage reader = ReportPage.open(browser.driver(), base + "/public/report/" + link.token());
        assertThat(reader.claim()).isEqualTo(ClaimFixtures.MOSCOW_CLAIM);
        assertThat(browser.driver().findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
        Screens.save(browser.driver(), Path.of("target/screenshots/public-report.png"));

        LoginPage.open(browser.driver(), base).logIn("editor", "editor");
        browser.driver().get(base + "/claim/" + claim.id());
        vaadin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fb-slot-report .fb-public-link")));
        assertThat(browser.driver().findElement(By.cssSelector("#fb-slot-report .fb-public-link vaadin-text-field")).getDomProperty("value"))
                .endsWith("/public/report/" + link.token());
        Screens.save(browser.driver(), Path.of("target/screenshots/workspace-public-link.png"));
        browser.driver().findElement(By.cssSelector("#fb-slot-report .fb-revoke")).click();
        vaadin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#fb-slot-report .fb-public-link")));
        assertThat(links.open(link.token())).isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base + "/public/report/" + link.token());
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }
}
