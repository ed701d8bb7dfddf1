package org.factbench.web.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The article view: title, metadata, body paragraphs, the highlighted passage, and (read for a claim) linking. */
final class ArticlePage {

    /**
     * The passage can be cut into several marks (evidence already linked overlaps it): {@code at(offset)} finds
     * the text node and the offset in it for an offset into the whole passage ({@code end}: prefer the node the
     * offset ends, not the next one it starts).
     */
    private static final String PASSAGE_TEXT = """
            const nodes = Array.from(document.querySelectorAll('mark.fb-passage')).map(m => m.firstChild);
            const at = (offset, end) => { let seen = 0;
              for (const node of nodes) {
                if (offset < seen + node.length || (end && offset === seen + node.length)) return [node, offset - seen];
                seen += node.length; }
              const last = nodes[nodes.length - 1]; return [last, last.length]; };
            """;

    private final WebDriver driver;
    private final Vaadin vaadin;
    private final WebDriverWait wait;

    private ArticlePage(WebDriver driver) {
        this.driver = driver;
        this.vaadin = new Vaadin(driver);
        this.wait = vaadin.wait;
    }

    static ArticlePage awaitOpen(WebDriver driver) {
        ArticlePage page = new ArticlePage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fb-article-body p")));
        return page;
    }

    /** The reader already open in {@code driver}, for callers that waited for it their own way. */
    static ArticlePage attach(WebDriver driver) {
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

    /** Where the passage and the title are in the window (CSS pixels from the top of the viewport). */
    double passageTop() {
        return ((Number) js().executeScript(
                "return document.querySelector('mark.fb-passage').getBoundingClientRect().top")).doubleValue();
    }

    double windowHeight() {
        return ((Number) js().executeScript("return window.innerHeight")).doubleValue();
    }

    double titleBottom() {
        return ((Number) js().executeScript(
                "return document.querySelector('.fb-article h2').getBoundingClientRect().bottom")).doubleValue();
    }

    /**
     * Selects characters {@code [from, to)} of the highlighted passage's text with a real mouse drag: press just
     * inside the first character, move to just inside the last, release. Returns the text the browser selected.
     */
    String dragSelectInPassage(int from, int to) {
        @SuppressWarnings("unchecked")
        Map<String, Number> points = (Map<String, Number>) js().executeScript(PASSAGE_TEXT + """
                document.querySelector('mark.fb-passage').scrollIntoView({block: 'center'});
                const rect = (a, b) => { const r = document.createRange(); r.setStart(...at(a)); r.setEnd(...at(b, true));
                  const rects = r.getClientRects(); return rects[rects.length - 1]; };
                const first = rect(arguments[0], arguments[0] + 1);
                const last = rect(arguments[1] - 1, arguments[1]);
                return {x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2};
                """, from, to);
        new Actions(driver)
                .moveToLocation(points.get("x1").intValue(), points.get("y1").intValue())
                .clickAndHold()
                .moveToLocation((points.get("x1").intValue() + points.get("x2").intValue()) / 2, points.get("y2").intValue())
                .moveToLocation(points.get("x2").intValue(), points.get("y2").intValue())
                .release()
                .perform();
        return (String) js().executeScript("return window.getSelection().toString()");
    }

    /**
     * Selects characters {@code [from, to)} of the passage with a DOM Range and lets the page's own mouse-up
     * handler report it, as after a drag (for places a drag cannot reach precisely).
     */
    String rangeSelectInPassage(int from, int to) {
        return (String) js().executeScript(PASSAGE_TEXT + """
                const mark = document.querySelector('mark.fb-passage');
                const range = document.createRange();
                range.setStart(...at(arguments[0]));
                range.setEnd(...at(arguments[1], true));
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                mark.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return selection.toString();
                """, from, to);
    }

    /**
     * Selects characters {@code [from, to)} of the paragraph that holds the passage as a keyboard selection
     * would (no mouse event), then presses Alt+L, the reader's shortcut for "Link selection".
     */
    String keyboardSelectAndLink(int from, int to) {
        String selected = (String) js().executeScript("""
                const p = document.querySelector('mark.fb-passage').closest('p');
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                const at = (offset) => { let node, seen = 0; while ((node = walker.nextNode())) {
                    if (seen + node.length >= offset) return [node, offset - seen]; seen += node.length; } };
                const [startNode, startOffset] = at(arguments[0]);
                walker.currentNode = p;
                const [endNode, endOffset] = at(arguments[1]);
                const range = document.createRange();
                range.setStart(startNode, startOffset);
                range.setEnd(endNode, endOffset);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                return window.getSelection().toString();
                """, from, to);
        new Actions(driver).keyDown(org.openqa.selenium.Keys.ALT).sendKeys("l").keyUp(org.openqa.selenium.Keys.ALT).perform();
        return selected;
    }

    /** The text of the paragraph that holds the passage. */
    String passageParagraph() {
        return (String) js().executeScript("return document.querySelector('mark.fb-passage').closest('p').textContent");
    }

    /** The link dialog that a selection opens: choose the stance by its label, type a note, link. */
    ArticlePage linkAs(String stance, String note) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-radio-button")));
        driver.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(button -> button.getText().strip().equals(stance)).findFirst().orElseThrow().click();
        if (note != null) driver.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys(note);
        driver.findElement(By.cssSelector("vaadin-button.fb-link-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-button.fb-link-save")));
        return this;
    }

    /** The quoted text the link dialog shows. */
    String dialogQuote() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-link-quote"))).getText();
    }

    /** The text of the claim's evidence highlighted with a stance ("supports", "refutes", "context"). */
    String evidenceHighlight(String stance) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.fb-ev-" + stance)));
        return String.join("", driver.findElements(By.cssSelector("mark.fb-ev-" + stance)).stream()
                .map(mark -> (String) js().executeScript("return arguments[0].textContent", mark)).toList());
    }

    /** Back to the claim workspace the article was opened from. */
    void backToClaim() {
        vaadin.click(By.cssSelector("a.fb-back-to-claim"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-workspace")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
