package org.factbench.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.factbench.core.apitoken.ApiTokens;
import org.factbench.core.apitoken.IssuedApiToken;
import org.factbench.web.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP against the running application, with real tokens, H2 and core's services. */
@WebTest
@WithUserDetails("checker")
class ApiTest {

    private static final String CLAIM = """
            {"statement": "The ferry between Baku and Turkmenbashi carried 40,000 trucks in 2021 <script>alert(1)</script>",
             "claimant": "A transport ministry spokesperson", "language": "en", "tags": ["transport"],
             "appearances": [{"url": "https://example.org/briefing", "appearedOn": "2022-01-10"}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;

    @BeforeEach
    void aTokenOfTheChecker() {
        IssuedApiToken issued = tokens.create("api test");
        token = issued.secret();
        assertThat(token).startsWith("fbt_").hasSizeGreaterThan(40);
        assertThat(tokens.mine()).extracting(t -> t.name()).contains("api test");
    }

    @Test
    void a_call_without_a_token_is_refused_with_a_problem_and_no_data() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/claims").GET(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_wrong_or_revoked_token_is_refused() throws Exception {
        assertThat(send(request("/api/v1/claims").GET(), "fbt_not-a-real-token").statusCode()).isEqualTo(401);
        assertThat(send(request("/api/v1/claims").GET(), token).statusCode()).isEqualTo(200);

        tokens.revoke(tokens.mine().stream().filter(t -> t.name().equals("api test") && !t.revoked()).findFirst().orElseThrow().id());

        HttpResponse<String> afterRevoke = send(request("/api/v1/claims").GET(), token);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(json.readTree(afterRevoke.body()).get("title").asString()).isEqualTo("Invalid API token");
    }

    @Test
    void a_program_creates_a_claim_reads_it_with_its_etag_and_adds_an_appearance_with_if_match() throws Exception {
        HttpResponse<String> created = send(request("/api/v1/claims").POST(body(CLAIM)), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode claim = json.readTree(created.body());
        long id = claim.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/claims/" + id);
        assertThat(claim.get("statement").asString()).contains("<script>alert(1)</script>");
        assertThat(claim.get("createdBy").get("username").asString()).isEqualTo("checker");
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> read = send(request("/api/v1/claims/" + id).GET(), token);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue(etag);
        assertThat(send(request("/api/v1/claims/" + id).header("If-None-Match", etag).GET(), token).statusCode()).isEqualTo(304);

        String appearance = """
                {"url": "https://example.org/interview", "appearedOn": "2022-01-12"}""";
        HttpResponse<String> blind = send(request("/api/v1/claims/" + id + "/appearances").POST(body(appearance)), token);
        assertThat(blind.statusCode()).isEqualTo(428);

        HttpResponse<String> added = send(request("/api/v1/claims/" + id + "/appearances").header("If-Match", etag)
                .POST(body(appearance)), token);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).get("appearances")).hasSize(2);
        assertThat(added.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        HttpResponse<String> stale = send(request("/api/v1/claims/" + id + "/appearances").header("If-Match", etag)
                .POST(body(appearance)), token);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json.readTree(stale.body()).get("detail").asString()).contains("Nothing was saved");
        assertThat(json.readTree(send(request("/api/v1/claims/" + id).GET(), token).body()).get("appearances")).hasSize(2);
    }

    @Test
    void bad_input_is_a_problem_that_names_the_field() throws Exception {
        String scriptUrl = CLAIM.replace("https://example.org/briefing", "javascript:alert(1)");
        HttpResponse<String> response = send(request("/api/v1/claims").POST(body(scriptUrl)), token);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("appearances");
        assertThat(problem.get("detail").asString()).contains("is not a web address");
        assertThat(send(request("/api/v1/claims?size=500").GET(), token).statusCode()).isEqualTo(422);
        assertThat(send(request("/api/v1/claims/999999").GET(), token).statusCode()).isEqualTo(404);
        assertThat(send(request("/api/v1/claims/not-a-number").GET(), token).statusCode()).isEqualTo(400);
    }

    @Test
    void lists_are_paged_with_the_total() throws Exception {
        send(request("/api/v1/claims").POST(body(CLAIM)), token);
        send(request("/api/v1/claims").POST(body(CLAIM.replace("40,000", "41,000"))), token);

        JsonNode page = json.readTree(send(request("/api/v1/claims?size=1&page=1").GET(), token).body());

        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(page.get("total").asInt());
    }

    @Test
    void the_openapi_description_is_served_to_a_token_and_names_the_endpoints() throws Exception {
        assertThat(send(request("/v3/api-docs").GET(), null).statusCode()).isEqualTo(401);

        HttpResponse<String> docs = send(request("/v3/api-docs").GET(), token);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/claims")).isTrue();
        assertThat(paths.has("/api/v1/claims/{id}/appearances")).isTrue();
        assertThat(paths.has("/api/v1/claims/{claimId}/reports/{version}")).isTrue();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String bearer) throws Exception {
        request.header("Content-Type", "application/json");
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
