package org.factbench.web.e2e;

import java.time.Duration;
import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page as a user sees it. */
final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")));
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    String demoCredentials() {
        return driver.findElement(By.className("fb-demo-credentials")).getText();
    }

    /** Logging in lands on the claims board. */
    BoardPage logInToBoard(String username, String password) {
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        return new BoardPage(driver);
    }

    SearchPage logIn(String username, String password) {
        logInToBoard(username, password);
        driver.get(URI.create(driver.getCurrentUrl()).resolve("search").toString());
        return SearchPage.awaitOpen(driver);
    }
}
