package org.factbench.web.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One logged-in user's browser tab replayed without a browser, with the requests Vaadin Flow 25's client makes:
 * the page, {@code ?v-r=init} (the server creates the UI; it does not render the route yet), then UIDL POSTs
 * ({@code ?v-r=uidl}) carrying the {@code ui-navigate} DOM event on the UI's root node, which is how Flow.js
 * asks the server to render a route (the same event for the first view and for a router-link click). Timing a
 * UIDL POST is the server round-trip of that navigation, without a browser's CPU competing with the server on
 * the same two cores. The app's {@code @Push} uses Vaadin's default WEBSOCKET_XHR transport: client-to-server
 * messages go as XHR POSTs and their answer comes in the HTTP response, so no websocket is needed here (changes
 * pushed to this tab by other sessions wait on the server and come with the next answer, as after a reconnect).
 */
final class VaadinSessionClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Flow.js sends navigation events to the UI's root element, state node 1. */
    private static final int ROOT_NODE = 1;

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private HttpClient http;
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String route;

    VaadinSessionClient(URI base, String sessionCookie) {
        this.base = base;
        HttpCookie cookie = new HttpCookie("JSESSIONID", sessionCookie);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
        this.http = newHttpClient();
    }

    private HttpClient newHttpClient() {
        return HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Closes this client's connections; a fresh HTTP client with the same cookies takes over. The server then frees
     * its buffers for those sockets (~100 KB per kept-alive connection here), so a heap census counts what the
     * session keeps, not what an idle socket does: a browser's connections come and go, its session stays.
     */
    void dropConnections() {
        http.close();
        http = newHttpClient();
    }

    /** Opens a new tab on {@code route}: page, init, first navigation; returns the navigation's round-trip in ms. */
    double open(String route, String marker) throws IOException, InterruptedException {
        check(send(HttpRequest.newBuilder(base.resolve("/" + route)).GET().build()), "page");
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("/?v-r=init&location=&query=")).GET().build());
        check(init, "init");
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt(-1);
        JsonNode uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
        syncId = uidl.path("syncId").asInt(-1);
        clientId = 0;
        if (uiId < 0 || csrfToken == null) throw new IllegalStateException("No UI in init answer: " + head(init.body()));
        return navigate(route, marker, "");
    }

    /** Navigates the open tab to {@code route} as a router-link click does; returns the round-trip in ms. */
    double navigate(String route, String marker) throws IOException, InterruptedException {
        return navigate(route, marker, "link");
    }

    /**
     * A heartbeat of the open tab: the smallest request that goes through the session, the baseline of the
     * HTTP and session-lock overhead every navigation pays too.
     */
    double heartbeat() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request);
        double ms = (System.nanoTime() - start) / 1e6;
        check(answer, "heartbeat");
        return ms;
    }

    /**
     * An empty UIDL message: its answer carries whatever the server changed in this tab since the last one. A
     * browser gets those changes by push right away; without this, a replayed tab that only watches would pile
     * them up on the server (every reload of its workspace, never sent), which no real tab does.
     */
    double sync() throws IOException, InterruptedException {
        return postUidl(JSON.createObjectNode(), null);
    }

    /** The route the tab shows (navigating to it again renders nothing new: the router keeps the view). */
    String route() {
        return route;
    }

    private double navigate(String route, String marker, String trigger) throws IOException, InterruptedException {
        this.route = route;
        int path = route.indexOf('?');
        ObjectNode data = JSON.createObjectNode()
                .put("route", path < 0 ? route : route.substring(0, path))
                .put("query", path < 0 ? "" : route.substring(path + 1))
                .put("appShellTitle", "")
                .put("trigger", trigger);
        data.putNull("historyState");
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", ROOT_NODE)
                .put("event", "ui-navigate");
        event.set("data", data);
        return postUidl(event, marker);
    }

    /** One UIDL POST with {@code rpc} (none if empty); checks the answer has {@code marker} unless null. */
    private double postUidl(ObjectNode rpc, String marker) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        if (rpc.isEmpty()) message.putArray("rpc");
        else message.putArray("rpc").add(rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = send(request);
        double ms = (System.nanoTime() - start) / 1e6;
        check(answer, "uidl");
        String body = answer.body();
        JsonNode reply = uidl(body);
        syncId = reply.path("syncId").asInt(syncId);
        clientId = reply.path("clientId").asInt(clientId + 1);
        if (marker != null && !body.contains(marker)) {
            throw new IllegalStateException("The answer has no " + marker + ": " + head(body));
        }
        return ms;
    }

    /** A UIDL answer: "for(;;);[{...}]" in Vaadin 8's day (the prefix guards against JSON hijacking), plain JSON now. */
    private static JsonNode uidl(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() ? node.path(0) : node;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Not a UIDL answer: " + head(body), e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " for " + response.uri());
        }
    }

    private static String head(String body) {
        return body.substring(0, Math.min(400, body.length()));
    }
}
