package org.factbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.web.FactbenchApplication;
import org.factbench.web.base.ui.NotFoundView;
import org.factbench.web.demo.DemoAccounts;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@WebTest
@ViewPackages(classes = FactbenchApplication.class)
class SecurityTest extends SpringBrowserlessTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Autowired
    Environment environment;

    @Autowired
    LoginThrottle throttle;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_view_but_the_login_page_redirects_anonymous_visitors_to_the_login_page() throws Exception {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        List<RouteData> protectedRoutes = routes.stream()
                .filter(route -> !route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)).toList();

        assertThat(protectedRoutes).extracting(RouteData::getNavigationTarget).isNotEmpty()
                .doesNotContain((Class) LoginView.class);
        for (RouteData route : protectedRoutes) {
            HttpResponse<String> response = get("/" + example(route.getTemplate()));
            assertThat(response.statusCode()).as(route.getTemplate()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(route.getTemplate())
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    @WithAnonymousUser
    void navigating_anonymously_inside_the_ui_lands_on_the_login_view() {
        navigate("article/abc/1", LoginView.class);
        navigate("", LoginView.class);
    }

    @Test
    void the_login_page_names_its_icon_and_the_icon_needs_no_login() throws Exception {
        assertThat(get("/login").body()).contains("rel=\"icon\"").contains("icons/factbench.svg");
        HttpResponse<String> icon = get("/icons/factbench.svg");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void health_shows_anonymous_callers_the_status_only() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"").doesNotContain("components").doesNotContain("elasticsearch");
    }

    @Test
    void other_actuator_endpoints_need_a_login() throws Exception {
        for (String path : List.of("/actuator", "/actuator/info")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
    }

    @Test
    void a_logged_in_user_sees_elasticsearch_and_the_database_in_health() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = session.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();

        String form = "username=checker&password=checker&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        String health = session.send(request("/actuator/health").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(health).contains("\"elasticsearch\"").contains("\"db\"");
    }

    @Test
    void a_login_without_the_csrf_token_is_refused() throws Exception {
        HttpClient session = session();
        session.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> login = postLogin(session, "checker", "checker", null);

        // A forged form on another site cannot know the token: no sign-in, whatever the password. (Without the
        // token requirement this answered 302 to the board.)
        assertThat(login.statusCode()).isIn(302, 403);
        login.headers().firstValue("Location").ifPresent(location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> board = session.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(board.statusCode()).isEqualTo(302);
        assertThat(board.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void five_failed_sign_ins_pause_the_account_and_the_login_page_says_for_how_long() throws Exception {
        HttpClient session = session();
        String token = csrfToken(session);
        try {
            for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
                HttpResponse<String> failed = postLogin(session, "editor", "wrong-" + i, token);
                assertThat(failed.headers().firstValue("Location").orElseThrow()).as("failure " + i).endsWith("/login?error");
            }

            HttpResponse<String> refused = postLogin(session, "editor", "editor", token);

            assertThat(refused.headers().firstValue("Location").orElseThrow())
                    .as("even the right password waits").endsWith("/login?refused=account&minutes=15");
            HttpClient other = session();
            assertThat(postLogin(other, "checker", "checker", csrfToken(other)).headers()
                    .firstValue("Location").orElseThrow()).as("other accounts sign in").doesNotContain("login");
        } finally {
            throttle.forgetAll();
        }

        UI.getCurrent().navigate("login", QueryParameters.fromString("refused=account&minutes=15"));
        LoginForm form = findInView(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        // The texts travel to the browser as the form's i18n property.
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Too many failed sign-ins for this account; try again in 15 minutes.");
    }

    @Test
    @WithUserDetails("checker")
    void a_logged_in_user_gets_a_not_found_page_with_a_way_back_for_an_unknown_address() {
        NotFoundView page = navigate("no/such/page", NotFoundView.class);

        assertThat(page.getElement().getTextRecursively()).contains("Page not found", "no/such/page")
                .doesNotContainIgnoringCase("access denied");
        Anchor back = findInView(Anchor.class).withClassName("fb-not-found-home").single();
        assertThat(back.getHref()).isEqualTo("./");
    }

    @Test
    @WithAnonymousUser
    void a_logged_out_visitor_of_an_unknown_address_lands_on_the_login_page() {
        navigate("no/such/page", LoginView.class);
    }

    @Test
    void an_unknown_address_reaches_the_app_when_logged_in_and_the_login_page_when_not() throws Exception {
        HttpResponse<String> anonymous = get("/no/such/page");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpClient session = session();
        postLogin(session, "checker", "checker", csrfToken(session));
        HttpResponse<String> unknown = session.send(request("/no/such/page").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // Not Spring Security's bare 403 any more: the app's page, whose router shows NotFoundView (the browser
        // loads the view in its next request, so the status of this one is 200; see the browserless test above).
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("window.Vaadin");
    }

    @Test
    void the_default_profile_is_the_demo_and_the_login_page_shows_its_credentials() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.acceptsProfiles(Profiles.of(DemoAccounts.PROFILE))).isTrue();

        navigate(LoginView.class);

        String hint = findInView(com.vaadin.flow.component.html.Div.class).withClassName("fb-demo-credentials").single()
                .getElement().getTextRecursively();
        assertThat(hint).contains("checker / checker", "editor / editor", "admin / admin");
    }

    private HttpClient session() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The token the login page puts in its {@code _csrf} meta tag, as the login form sends it. */
    private String csrfToken(HttpClient session) throws Exception {
        String loginPage = session.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> postLogin(HttpClient session, String username, String password, String csrfToken)
            throws Exception {
        String form = "username=" + username + "&password=" + password
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return session.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** A concrete URL for a route template: optional parameters left out, the others filled in. */
    private static String example(String template) {
        return template.replaceAll("/?:[a-zA-Z]+\\?(\\([^)]*\\))?", "").replaceAll(":[a-zA-Z]+(\\([^)]*\\))?", "x1");
    }
}
