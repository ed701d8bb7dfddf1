package org.factbench.web.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login page as a user's run serves it: WebTest sets nothing about dev mode, so application.yml decides. */
@WebTest
@ViewPackages(classes = FactbenchApplication.class)
class FirstLookTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Test
    void the_served_page_has_no_dev_tools_toolbar_and_no_development_mode_popup() throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("<html");
        // In development mode with dev tools on, the page configures the toolbar (and its "running in development
        // mode" popup) with devToolsConf = {"enable":true,...}.
        assertThat(page).doesNotContainPattern("devToolsConf\\s*=\\s*\\{\\s*\"enable\"\\s*:\\s*true");
    }
}
