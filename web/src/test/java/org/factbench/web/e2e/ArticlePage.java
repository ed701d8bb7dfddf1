package org.factbench.web.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article view: title, metadata, body paragraphs and the highlighted passage. */
final class ArticlePage {

    private final WebDriver driver;

    private ArticlePage(WebDriver driver) {
        this.driver = driver;
    }

    static ArticlePage awaitOpen(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-article-body p")));
        return new ArticlePage(driver);
    }

    String title() {
        return driver.findElement(By.cssSelector(".fb-article h2")).getText();
    }

    String meta() {
        return driver.findElement(By.className("fb-article-meta")).getText();
    }

    List<String> paragraphs() {
        return driver.findElements(By.cssSelector(".fb-article-body p")).stream().map(WebElement::getText).toList();
    }

    String highlightedPassage() {
        return String.join("", driver.findElements(By.cssSelector("mark.fb-passage")).stream()
                .map(WebElement::getText).toList());
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }
}
