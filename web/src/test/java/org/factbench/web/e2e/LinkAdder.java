package org.factbench.web.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A checker adding links in the reader in a real headless Chromium: select a span, pick a stance, Link. Replaying
 * this without a browser would mean replaying the reader's selection script and the dialog's state node ids, so
 * the browser stays; what is timed is only the server's part: the browser's own Resource Timing of the UIDL POST
 * the Link click sends, in which the link is stored, the reader redrawn and the claim's open workspaces told.
 */
final class LinkAdder {

    private final ChromeDriver browser;
    private final ArticlePage reader;
    private final WebDriverWait wait;
    private int spans;

    LinkAdder(ChromeDriver browser) {
        this.browser = browser;
        this.reader = ArticlePage.attach(browser);
        this.wait = new WebDriverWait(browser, Duration.ofMinutes(1));
    }

    /** Adds {@code count} links, each on a new span of the passage, into {@code times} (ms). */
    void add(int count, Percentiles times) {
        for (int i = 0; i < count; i++) {
            reader.rangeSelectInPassage(0, 12 + (spans++ % 40));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-radio-button")));
            browser.findElements(By.cssSelector("vaadin-radio-button")).stream()
                    .filter(button -> button.getText().strip().equals("Context")).findFirst().orElseThrow().click();
            // The stance click has its own round-trip; only the Link click's is measured.
            awaitIdle();
            browser.executeScript("performance.clearResourceTimings()");
            browser.findElement(By.cssSelector("vaadin-button.fb-link-save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.fb-link-save")));
            awaitIdle();
            List<?> durations = (List<?>) browser.executeScript("""
                    return performance.getEntriesByType('resource')
                        .filter(e => e.name.includes('v-r=uidl')).map(e => e.duration);""");
            // The first UIDL request after the click is the Link's; later ones are follow-ups (e.g. a focus).
            if (durations.isEmpty()) throw new IllegalStateException("The Link click sent no UIDL request");
            times.add(((Number) durations.getFirst()).doubleValue());
        }
    }

    /** Until Flow's client has no request in flight (its own flag, which TestBench waits on too). */
    private void awaitIdle() {
        wait.until(driver -> (Boolean) browser.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }
}
