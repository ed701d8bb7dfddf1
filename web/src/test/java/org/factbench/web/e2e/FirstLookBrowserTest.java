package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factbench.indexer.testing.TestDirectories;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a new user sees in a real browser: no dev tools over the page, and a way back from a wrong address. */
@WebTest
class FirstLookBrowserTest {

    @LocalServerPort
    int port;

    private Path profile;
    private ChromeDriver chrome;

    @BeforeEach
    void openBrowser() {
        profile = Chromium.freshProfile();
        chrome = Chromium.start(profile);
    }

    @AfterEach
    void closeBrowser() {
        if (chrome != null) {
            chrome.quit();
        }
        TestDirectories.deleteQuietly(profile);
    }

    @Test
    void a_logged_in_user_on_a_wrong_address_reads_not_found_and_goes_back_to_the_board() {
        String base = "http://localhost:" + port;
        LoginPage.open(chrome, base).logIn("checker", "checker");
        WebDriverWait wait = new Vaadin(chrome).wait;

        chrome.get(base + "/no/such/page");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-not-found")));
        assertThat(chrome.findElement(By.className("fb-not-found")).getText()).contains("Page not found")
                .doesNotContainIgnoringCase("access denied");
        assertThat(chrome.findElements(By.tagName("vaadin-dev-tools"))).as("no dev-tools toolbar").isEmpty();

        chrome.findElement(By.className("fb-not-found-home")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-board-view")));
    }
}
