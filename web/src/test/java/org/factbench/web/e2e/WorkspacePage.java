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
        live().until(d -> vaadin.contents(By.className("fb-comment-body")).stream().anyMatch(body -> body.contains(text)));
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

    /** The activity timeline's entries as drawn, newest first. */
    List<String> timeline() {
        vaadin.wait.until(d -> !d.findElements(By.className("fb-timeline-entry")).isEmpty());
        return vaadin.contents(By.className("fb-timeline-entry"));
    }

    /** Quotes under one stance heading (supports / refutes / context). */
    List<String> quotes(String stance) {
        return vaadin.contents(By.cssSelector(".fb-evidence.fb-stance-" + stance + " .fb-quote"));
    }

    WorkspacePage awaitQuote(String stance, String quote) {
        live().until(d -> quotes(stance).stream().anyMatch(q -> q.contains(quote)));
        return this;
    }

    /**
     * A suggested passage as its card shows it: the passage, the reader link of its source, its badges' agreement
     * attributes (and whether each compared fact carries the hint), its buttons' texts and aria-labels.
     */
    record Suggested(String text, String readerHref, List<String> badgeAgreements, boolean comparedFactsHinted,
            List<String> buttons, List<String> buttonLabels) {
    }

    /** The first suggestion, once the suggestions have been found and pushed in (that embeds the claim: slow). */
    Suggested awaitFirstSuggestion() {
        WebElement card = vaadin.shown(By.cssSelector(".fb-suggestion-list .fb-suggestion"));
        List<WebElement> buttons = card.findElements(By.cssSelector(".fb-suggestion-actions vaadin-button"));
        List<WebElement> badges = card.findElements(By.cssSelector(".fb-badges .fb-badge"));
        return new Suggested(card.findElement(By.className("fb-suggestion-text")).getText(),
                card.findElement(By.cssSelector(".fb-suggestion-source a")).getAttribute("href"),
                badges.stream().map(badge -> badge.getAttribute("data-agreement")).toList(),
                badges.stream().filter(badge -> !"why".equals(badge.getAttribute("data-agreement")))
                        .allMatch(badge -> badge.getAttribute("title") != null && !badge.getAttribute("title").isBlank()),
                buttons.stream().map(WebElement::getText).toList(),
                buttons.stream().map(button -> button.getAttribute("aria-label")).toList());
    }

    /** Clicks a button (supports / refutes / context / dismiss) of the first suggestion. */
    void clickFirstSuggestion(String action) {
        vaadin.click(By.cssSelector(".fb-suggestion-list .fb-suggestion .fb-suggestion-" + action));
    }

    List<String> suggestionTexts() {
        return vaadin.contents(By.cssSelector(".fb-suggestion-list .fb-suggestion-text"));
    }

    /** Waits until no suggestion shows {@code text} (it was linked or dismissed and the list redrawn). */
    WorkspacePage awaitSuggestionGone(String text) {
        live().withMessage(() -> "suggestion still shown: " + text).until(d -> !suggestionTexts().contains(text));
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
