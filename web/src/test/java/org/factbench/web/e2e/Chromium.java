package org.factbench.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium through the system's chromedriver. Missing locally: the test is skipped with a message;
 * missing with {@code CI=true}: the test fails, because CI must run it.
 */
final class Chromium {

    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    static ChromeDriver start(Path profileDirectory) {
        Path browser = find("chromium", "chromium-browser", "google-chrome");
        Path driver = find("chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profileDirectory.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static Path find(String... names) {
        Optional<Path> found = Stream.of(names)
                .flatMap(name -> Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                        .map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            String message = names[0] + " is not installed; browser tests need it (" + INSTALL + ")";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort("Skipping: " + message);
        }
        return found.get();
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("factbench-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
