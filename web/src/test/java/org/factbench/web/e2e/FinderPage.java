package org.factbench.web.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The claim workspace as far as linking evidence goes: the evidence finder and the evidence panel. */
final class FinderPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private FinderPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new Vaadin(driver).wait;
    }

    static FinderPage open(WebDriver driver, String baseUrl, long claimId) {
        driver.get(baseUrl + "/claim/" + claimId);
        return awaitOpen(driver);
    }

    static FinderPage awaitOpen(WebDriver driver) {
        FinderPage page = new FinderPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-finder .fb-search-form input")));
        return page;
    }

    FinderPage searchFor(String words) {
        WebElement field = driver.findElement(By.cssSelector(".fb-finder vaadin-text-field input"));
        field.clear();
        field.sendKeys(words);
        // Results of an earlier search (kept when coming back from the reader) must be replaced first.
        List<WebElement> earlier = hits();
        driver.findElement(By.cssSelector(".fb-finder .fb-search-form vaadin-button")).click();
        if (!earlier.isEmpty()) wait.until(ExpectedConditions.stalenessOf(earlier.getFirst()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-finder .fb-hit mark")));
        return this;
    }

    String query() {
        return driver.findElement(By.cssSelector(".fb-finder vaadin-text-field input")).getDomProperty("value");
    }

    List<WebElement> hits() {
        return driver.findElements(By.cssSelector(".fb-finder .fb-hit"));
    }

    String status() {
        return driver.findElement(By.className("fb-finder-status")).getText();
    }

    String firstHitPassage() {
        return hits().getFirst().findElement(By.className("fb-hit-passage")).getText();
    }

    ArticlePage openFirstHit() {
        hits().getFirst().findElement(By.cssSelector(".fb-hit-title a")).click();
        return ArticlePage.awaitOpen(driver);
    }

    /** The quotes shown under a stance group ("supports", "refutes", "context"). */
    List<String> quotes(String stance) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fb-evidence.fb-stance-" + stance + " .fb-quote")));
        return driver.findElements(By.cssSelector(".fb-evidence.fb-stance-" + stance + " .fb-quote")).stream()
                .map(quote -> quote.getDomProperty("textContent")).toList();
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
