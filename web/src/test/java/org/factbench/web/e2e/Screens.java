package org.factbench.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Screenshots of the main screens, for us to look at after a run and for the README: {@code target/screenshots}
 * by default, {@code -Dfactbench.screenshots=../docs/screenshots} to refresh the README's pictures.
 */
final class Screens {

    private Screens() {
    }

    static Path save(TakesScreenshot browser, String name) {
        Path directory = Path.of(System.getProperty("factbench.screenshots", "target/screenshots"));
        return save(browser, directory.resolve(name + ".png"));
    }

    /** To a file of the caller's choosing (a test with a screenshot property of its own). */
    static Path save(TakesScreenshot browser, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
