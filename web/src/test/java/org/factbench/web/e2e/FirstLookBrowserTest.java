package org.factbench.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a new user sees in a real browser: no dev tools over the page, and a way back from a wrong address. */
@WebTest
class FirstLookBrowserTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession();

    @Test
    void a_logged_in_user_on_a_wrong_address_reads_not_found_and_goes_back_to_the_board() {
        String base = "http://localhost:" + port;
        LoginPage.open(browser.driver(), base).logIn("checker", "checker");
        WebDriverWait wait = new Vaadin(browser.driver()).wait;

        browser.driver().get(base + "/no/such/page");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-not-found")));
        assertThat(browser.driver().findElement(By.className("fb-not-found")).getText()).contains("Page not found")
                .doesNotContainIgnoringCase("access denied");
        assertThat(browser.driver().findElements(By.tagName("vaadin-dev-tools"))).as("no dev-tools toolbar").isEmpty();

        browser.driver().findElement(By.className("fb-not-found-home")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-board-view")));
    }
}
