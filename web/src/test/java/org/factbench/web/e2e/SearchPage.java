package org.factbench.web.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search view: query field, search button and the hit list. */
final class SearchPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private SearchPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static SearchPage awaitOpen(WebDriver driver) {
        SearchPage page = new SearchPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-search-form input")));
        return page;
    }

    String loggedInUser() {
        return driver.findElement(By.className("fb-user")).getText();
    }

    SearchPage searchFor(String words) {
        WebElement field = driver.findElement(By.cssSelector(".fb-search-form vaadin-text-field input"));
        field.clear();
        field.sendKeys(words);
        driver.findElement(By.cssSelector(".fb-search-form vaadin-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-hit mark")));
        return this;
    }

    String summary() {
        return driver.findElement(By.cssSelector(".fb-search-results > p")).getText();
    }

    List<WebElement> hits() {
        return driver.findElements(By.className("fb-hit"));
    }

    /** The highlighted words of the first hit. */
    List<String> firstHitMarks() {
        return hits().getFirst().findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
    }

    String firstHitPassage() {
        return hits().getFirst().findElement(By.className("fb-hit-passage")).getText();
    }

    ArticlePage openFirstHit() {
        hits().getFirst().findElement(By.cssSelector(".fb-hit-title a")).click();
        return ArticlePage.awaitOpen(driver);
    }
}
