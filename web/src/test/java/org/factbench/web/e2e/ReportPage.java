package org.factbench.web.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A report as a reader sees it: the app's report page or the public page behind a link. */
final class ReportPage {

    private final WebDriver driver;

    private ReportPage(WebDriver driver) {
        this.driver = driver;
    }

    static ReportPage open(WebDriver driver, String url) {
        driver.get(url);
        new Vaadin(driver).wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.fb-report h1")));
        return new ReportPage(driver);
    }

    String claim() {
        return driver.findElement(By.cssSelector("article.fb-report h1")).getText();
    }

    String verdict() {
        return driver.findElement(By.cssSelector(".fb-verdict-label")).getText();
    }

    int evidenceRows() {
        return driver.findElements(By.cssSelector("table.fb-evidence tbody tr")).size();
    }

    int downloadLinks() {
        return driver.findElements(By.cssSelector(".fb-report-downloads a")).size();
    }
}
