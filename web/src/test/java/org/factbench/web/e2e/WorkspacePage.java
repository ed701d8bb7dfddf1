package org.factbench.web.e2e;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One claim's workspace as its user sees it. */
final class WorkspacePage {

    private final WebDriver driver;
    private final Vaadin vaadin;

    WorkspacePage(WebDriver driver) {
        this.driver = driver;
        this.vaadin = new Vaadin(driver);
        vaadin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-claim-header")));
    }

    static WorkspacePage open(WebDriver driver, String url) {
        driver.get(url);
        return new WorkspacePage(driver);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    long claimId() {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    String status() {
        // textContent: getText() is empty while the header is scrolled under the live notice.
        return driver.findElement(By.cssSelector(".fb-claim-header .fb-status")).getDomProperty("textContent").strip();
    }

    /** Waits (at most {@link Vaadin#LIVE}) until the status reads {@code expected}; no reload. */
    WorkspacePage awaitStatus(String expected) {
        live().withMessage(() -> "status '" + expected + "' expected; the page shows '" + status() + "'")
                .until(d -> status().equals(expected));
        return this;
    }

    List<String> present() {
        return driver.findElements(By.cssSelector("#fb-slot-presence vaadin-avatar")).stream()
                .map(avatar -> avatar.getAttribute("name")).toList();
    }

    WorkspacePage awaitPresent(String displayName) {
        live().until(d -> present().stream().anyMatch(name -> name != null && name.contains(displayName)));
        return this;
    }

    WorkspacePage startResearch() {
        vaadin.click("fb-action-start");
        return awaitStatus("In research");
    }

    boolean canPublish() {
        return vaadin.visible("fb-action-publish");
    }

    WorkspacePage comment(String text) {
        vaadin.type("fb-comment-body", text);
        vaadin.click("fb-comment-send");
        return awaitComment(text);
    }

    WorkspacePage awaitComment(String text) {
        live().until(d -> vaadin.texts(By.className("fb-comment-body")).stream().anyMatch(body -> body.contains(text)));
        return this;
    }

    WorkspacePage propose(String rating, String summary) {
        vaadin.choose("fb-verdict-rating", rating);
        vaadin.type("fb-verdict-summary", summary);
        vaadin.click("fb-verdict-propose");
        return awaitStatus("In review");
    }

    WorkspacePage awaitProposal(String summary) {
        live().until(d -> d.findElement(By.className("fb-verdict-current")).getText().contains(summary));
        return this;
    }

    WorkspacePage requestChanges(String reason) {
        vaadin.click("fb-action-changes");
        WebElement area = vaadin.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fb-reason-dialog vaadin-text-area textarea")));
        area.sendKeys(reason);
        vaadin.wait.until(ExpectedConditions.elementToBeClickable(By.className("fb-reason-confirm"))).click();
        return awaitStatus("In research");
    }

    WorkspacePage awaitChangesRequested(String reason) {
        live().until(d -> !d.findElements(By.className("fb-changes-requested")).isEmpty()
                && d.findElement(By.className("fb-changes-requested")).getText().contains(reason));
        return this;
    }

    WorkspacePage publish() {
        vaadin.click("fb-action-publish");
        return awaitStatus("Published");
    }

    /** Quotes under one stance heading (supports / refutes / context). */
    List<String> quotes(String stance) {
        return vaadin.texts(By.cssSelector(".fb-evidence.fb-stance-" + stance + " .fb-quote"));
    }

    WorkspacePage awaitQuote(String stance, String quote) {
        live().until(d -> quotes(stance).stream().anyMatch(q -> q.contains(quote)));
        return this;
    }

    /** The small notice of who did what, shown when someone else changed the claim. */
    String liveNotice() {
        live().until(d -> !d.findElement(By.className("fb-live-notice")).getText().isBlank());
        return driver.findElement(By.className("fb-live-notice")).getText();
    }

    String reportLink() {
        return live().until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-report-link"))).getText();
    }

    void openReport() {
        driver.findElement(By.className("fb-report-link")).click();
    }

    /** Whether any visible part of the workspace reaches past the window's right edge (the layout does not fit). */
    boolean overflowsHorizontally() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                return document.documentElement.scrollWidth > window.innerWidth + 1
                    || [...document.querySelectorAll('.fb-workspace *')].some(e => e.offsetParent !== null
                        && e.getBoundingClientRect().right > window.innerWidth + 1);""");
    }

    private WebDriverWait live() {
        WebDriverWait live = new WebDriverWait(driver, Vaadin.LIVE);
        // Other users' changes re-render what is being read: a stale element means "look again", not a failure.
        live.ignoring(StaleElementReferenceException.class);
        return live;
    }
}
