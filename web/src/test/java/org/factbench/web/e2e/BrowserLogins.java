package org.factbench.web.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factbench.indexer.testing.TestDirectories;
import org.openqa.selenium.chrome.ChromeDriver;

/** Real logins through the login page in headless Chromium, one fresh browser each, kept as session cookies. */
final class BrowserLogins {

    private final URI base;

    BrowserLogins(URI base) {
        this.base = base;
    }

    List<VaadinSessionClient> sessions(String username, String password, int count) {
        List<VaadinSessionClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) clients.add(new VaadinSessionClient(base, logIn(username, password)));
        return clients;
    }

    private String logIn(String username, String password) {
        Path profile = Chromium.freshProfile();
        ChromeDriver chrome = Chromium.start(profile);
        try {
            LoginPage.open(chrome, base.toString()).logInToBoard(username, password);
            String session = chrome.manage().getCookieNamed("JSESSIONID").getValue();
            // Leaving the page sends Flow's unload beacon, so the server closes the board's UI now, as for a
            // closed tab, instead of keeping it (and updating it) until its heartbeats are missed.
            chrome.get("about:blank");
            return session;
        } finally {
            // The browser goes; its session stays on the server and is replayed from the cookie.
            chrome.quit();
            TestDirectories.deleteQuietly(profile);
        }
    }
}
