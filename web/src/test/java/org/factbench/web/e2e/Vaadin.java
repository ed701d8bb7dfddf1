package org.factbench.web.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How a user types into Vaadin's components, for the page objects: the text goes into the field's own
 * {@code input}/{@code textarea} (light DOM, slot "input"/"textarea"), as keystrokes, so the server sees what a
 * person would send.
 */
final class Vaadin {

    /** Live updates must arrive within a second; the rest is the headless browser on two busy cores. */
    static final Duration LIVE = Duration.ofSeconds(15);

    private final WebDriver driver;
    final WebDriverWait wait;

    Vaadin(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // A live update re-renders a list between finding its elements and reading them: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The element, scrolled to the middle of the window so the fixed navbar cannot cover it. */
    WebElement byId(String id) {
        return shown(By.id(id));
    }

    /** The first element {@code by} finds, once present, scrolled to the middle of the window and visible. */
    WebElement shown(By by) {
        // Present, then scrolled into the window: a component far below or above the fold can read as not
        // displayed to Selenium until it is scrolled to.
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    void type(String fieldId, String text) {
        WebElement field = byId(fieldId);
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        // Blur commits the value (Vaadin's default value change mode is on change).
        input.sendKeys(Keys.TAB);
    }

    /** Sets an ISO date (yyyy-MM-dd) on a vaadin-date-picker, as picking it in the calendar would. */
    void date(String pickerId, String isoDate) {
        WebElement picker = byId(pickerId);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", picker, isoDate);
    }

    /** Picks the combo box item whose label starts with {@code label}. */
    void choose(String comboId, String label) {
        WebElement combo = byId(comboId);
        WebElement input = combo.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(label);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
    }

    void click(String buttonId) {
        click(By.id(buttonId));
    }

    /** Shown (as {@link #shown}), then clicked once it is enabled. */
    void click(By by) {
        shown(by);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    boolean visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /**
     * The text of every element {@code by} finds, shown or not: rows of a virtual list that are drawn but scrolled
     * out of the list's own box read as empty to {@link WebElement#getText()}.
     */
    List<String> contents(By by) {
        return driver.findElements(by).stream().map(element -> element.getDomProperty("textContent")).toList();
    }
}
