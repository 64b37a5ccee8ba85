package dev.flamefix.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.ShopProfiles;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A server with one token of each role (both configuration forms): who may call what, and what a
 * refusal looks like.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessApiTest {

  static final String VIEWER = "viewer-tok-1f2e";
  static final String OPERATOR = "operator-tok-9a8b";
  static final String APPROVER = "approver-tok-7c6d";

  @TempDir static Path dataDir;
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of(
        "flamefix.access.tokens[0].token", VIEWER,
        "flamefix.access.tokens[0].role", "viewer",
        "FLAMEFIX_API_TOKENS", "operator:" + OPERATOR + ",approver:" + APPROVER));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void readsNeedAnyValidToken() throws Exception {
    HttpResponse<String> none = call("GET", "/api/apps", null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        h -> assertThat(h).startsWith("Bearer"));
    JsonNode problem = TestServer.parse(none.body());
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("reason").asText()).isEqualTo("missing_token");
    assertThat(problem.get("instance").asText()).isEqualTo("/api/apps");

    HttpResponse<String> wrong = call("GET", "/api/apps", "guess", null);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(TestServer.parse(wrong.body()).get("reason").asText()).isEqualTo("invalid_token");

    for (String token : new String[] {VIEWER, OPERATOR, APPROVER}) {
      assertThat(call("GET", "/api/apps", token, null).statusCode()).isEqualTo(200);
      assertThat(call("GET", "/api/proposals", token, null).statusCode()).isEqualTo(200);
    }
    assertThat(call("GET", "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/actuator/prometheus", VIEWER, null).statusCode()).isEqualTo(200);
  }

  @Test
  void viewerCannotStartJobsOrDecide() throws Exception {
    HttpResponse<String> accept = call("POST", "/api/proposals/p-1/accept", VIEWER, "{}");
    assertThat(accept.statusCode()).isEqualTo(403);
    JsonNode problem = TestServer.parse(accept.body());
    assertThat(problem.get("reason").asText()).isEqualTo("insufficient_role");
    assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
    assertThat(call("POST", "/api/optimizations", VIEWER, "{}").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/kb/import", VIEWER, "{}").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/proposals/p-1/reject", null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void operatorStartsJobsButCannotDecide() throws Exception {
    // Past security the request reaches the controller, which refuses the empty spec with 400.
    HttpResponse<String> submit = call("POST", "/api/optimizations", OPERATOR, "{}");
    assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
    assertThat(call("POST", "/api/proposals/p-1/accept", OPERATOR, "{}").statusCode()).isEqualTo(403);
    assertThat(call("POST", "/api/proposals/p-1/reject", OPERATOR, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void approverDecides() throws Exception {
    // No such proposal: 404 from the controller, so the approver got through.
    HttpResponse<String> accept = call("POST", "/api/proposals/no-such/accept", APPROVER, "{}");
    assertThat(accept.statusCode()).as(accept.body()).isEqualTo(404);
    assertThat(call("POST", "/api/optimizations", APPROVER, "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void eventStreamTakesTheTokenAsQueryParameterOnlyThere() throws Exception {
    String events = "/api/optimizations/no-such-job/events";
    assertThat(call("GET", events, null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", events + "?access_token=guess", null, null).statusCode()).isEqualTo(401);
    assertThat(call("GET", events + "?access_token=" + VIEWER, null, null).statusCode())
        .isEqualTo(404);
    // Elsewhere a token in the URL is ignored (URLs end up in logs and browser history).
    assertThat(call("GET", "/api/apps?access_token=" + VIEWER, null, null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void eventStreamOfARealJobRunsToItsEndWithAQueryToken() throws Exception {
    // A method no recipe applies to: the job ends quickly without candidates.
    String spec = "{\"source\":\"package p; public class A { public int one() { return 1; } }\","
        + "\"targets\":[\"p.A#one\"]}";
    HttpResponse<String> submitted = call("POST", "/api/optimizations", OPERATOR, spec);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = TestServer.parse(submitted.body()).get("id").asText();
    // The stream is served asynchronously (a second dispatch): it must not be refused half-way.
    HttpResponse<String> stream = HTTP.send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "/api/optimizations/" + id + "/events?access_token=" + VIEWER))
            .timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.body()).contains("event:progress").contains("event:done").contains(id);
  }

  @Test
  void publicPathsAndIngestNeedNoApiToken() throws Exception {
    assertThat(call("GET", "/", null, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/dashboard.js", null, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/vendor/d3-flamegraph.min.js", null, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "/v3/api-docs", null, null).statusCode()).isEqualTo(200);
    // No ingest token configured: ingest stays open whatever the API tokens are.
    long t0 = System.currentTimeMillis() / 1000 - 60;
    HttpResponse<String> ingest =
        server.ingest(ShopProfiles.query("guarded", t0), TestServer.gzip(ShopProfiles.BASE));
    assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(200);
  }

  @Test
  void tokensNeverReachTheLog(CapturedOutput output) throws Exception {
    call("GET", "/api/apps", "guess-that-is-logged?", null);
    call("GET", "/api/optimizations/x/events?access_token=" + VIEWER, null, null);
    assertThat(output.getAll()).doesNotContain(VIEWER, OPERATOR, APPROVER, "guess-that-is-logged");
  }

  private static HttpResponse<String> call(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
