package org.factbench.web.e2e;

import java.nio.file.Path;
import org.factbench.indexer.testing.TestDirectories;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test ({@code @RegisterExtension}), started before it with a fresh profile directory,
 * quit and deleted after it, so no test sees another's cookies or storage.
 */
final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private Path profile;
    private ChromeDriver driver;

    @Override
    public void beforeEach(ExtensionContext context) {
        profile = Chromium.freshProfile();
        driver = Chromium.start(profile);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        TestDirectories.deleteQuietly(profile);
    }

    ChromeDriver driver() {
        return driver;
    }
}
