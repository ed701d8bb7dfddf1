package org.factbench.web.e2e;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real logins through the login page in headless Chromium, one fresh browser each, kept as session cookies. */
final class BrowserLogins {

    private final URI base;

    BrowserLogins(URI base) {
        this.base = base;
    }

    List<VaadinSessionClient> sessions(String username, String password, int count) throws Exception {
        List<VaadinSessionClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) clients.add(new VaadinSessionClient(base, logIn(username, password)));
        return clients;
    }

    private String logIn(String username, String password) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("factbench-bench-"));
        ChromeDriver chrome = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        try {
            chrome.get(base.resolve("/login").toString());
            WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[name='username']")))
                    .sendKeys(username);
            chrome.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
            chrome.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fb-board-view")));
            return chrome.manage().getCookieNamed("JSESSIONID").getValue();
        } finally {
            // The browser goes; its session stays on the server and is replayed from the cookie.
            chrome.quit();
        }
    }
}
