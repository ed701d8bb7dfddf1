package org.factbench.web.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The claims board and its new-claim dialog. */
final class BoardPage {

    private final WebDriver driver;
    private final Vaadin vaadin;

    BoardPage(WebDriver driver) {
        this.driver = driver;
        this.vaadin = new Vaadin(driver);
        vaadin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-board-view")));
    }

    BoardPage startNewClaim() {
        vaadin.click("fb-board-new");
        vaadin.byId("fb-new-statement");
        return this;
    }

    BoardPage fillClaim(String statement, String claimant, String url, String outlet, String isoDate) {
        vaadin.type("fb-new-statement", statement);
        vaadin.type("fb-new-claimant", claimant);
        vaadin.type("fb-new-url", url);
        vaadin.type("fb-new-outlet", outlet);
        vaadin.date("fb-new-date", isoDate);
        return this;
    }

    /** The possible duplicates the dialog shows while the statement is typed, as "statement … NN% similar". */
    List<String> possibleDuplicates() {
        vaadin.wait.until(d -> !d.findElements(By.cssSelector(".fb-similar-claims .fb-score")).isEmpty());
        return vaadin.texts(By.cssSelector(".fb-similar-claims li, .fb-similar-claims .fb-similar-claim"));
    }

    List<String> duplicateScores() {
        vaadin.wait.until(d -> !d.findElements(By.cssSelector(".fb-similar-claims .fb-score")).isEmpty());
        return vaadin.texts(By.cssSelector(".fb-similar-claims .fb-score"));
    }

    WorkspacePage create() {
        vaadin.click("fb-new-create");
        return new WorkspacePage(driver);
    }
}
