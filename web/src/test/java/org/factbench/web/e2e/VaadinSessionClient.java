package org.factbench.web.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One logged-in user's session replayed without a browser: the two requests a browser makes to open a view —
 * the page, then Vaadin's {@code ?v-r=init} request, in which the server creates the UI, navigates to the route
 * and answers with the whole rendered view as UIDL. Timing the second is the server round-trip of opening it,
 * without a browser's CPU competing with the server on the same two cores.
 */
final class VaadinSessionClient {

    private final URI base;
    private final HttpClient http;

    VaadinSessionClient(URI base, String sessionCookie) {
        this.base = base;
        CookieManager cookies = new CookieManager();
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionCookie);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens {@code route} as a browser tab would; returns the init request's round-trip in ms. */
    double open(String route, String expectedClass) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/" + route)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(page, "page");
        URI init = base.resolve("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(init).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        check(answer, "init");
        if (!answer.body().contains(expectedClass)) {
            throw new IllegalStateException("init did not render " + expectedClass + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return ms;
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " for " + response.uri());
        }
    }
}
