package dev.flamefix.server.appconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * App configuration round trip and every refusal of the pipeline's endpoints: the right status, an
 * RFC 7807 body with a stable reason, and nothing stored.
 */
class PipelineApiRefusalsTest {
  @TempDir static Path dataDir;
  static TestServer server;
  static Api api;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of());
    api = new Api(server);
    api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void configRoundTrips() {
    JsonNode c = api.expect(200, "GET", "/api/apps/orders/config", null);
    assertThat(c.get("sourceRoot").asText()).isEqualTo(QuickPipeline.exampleSources().toString());
    assertThat(c.get("classpath").get(0).asText()).isEqualTo(QuickPipeline.exampleClasses().toString());
    assertThat(c.get("cores").asDouble()).isEqualTo(8.0);
    assertThat(c.get("budget").get("concurrentJobs").asInt()).isEqualTo(1);
    assertThat(c.get("applicationPackages").get(0).asText()).isEqualTo("dev.flamefix.examples");
  }

  @Test
  void invalidConfigFieldsAreListedAndNothingIsStored() {
    JsonNode p = problem(api.send("PUT", "/api/apps/shop/config",
        "{\"sourceRoot\":\"/no/such/dir\",\"classpath\":[],\"cores\":-2,\"budget\":{\"concurrentJobs\":0}}"), 400, "invalid_request");
    assertThat(p.get("errors").toString()).contains("sourceRoot", "classpath", "cores", "budget.concurrentJobs");
    problem(api.send("GET", "/api/apps/shop/config", null), 404, "unknown_app_config");
  }

  @Test
  void unknownFieldsAndMalformedJsonAreRefused() {
    problem(api.send("PUT", "/api/apps/shop/config", "{\"sourceRoot\": 12, \"colour\": \"red\"}"), 400, "malformed_json");
    problem(api.send("POST", "/api/optimizations", "{\"targets\": [\"a.B#c\"],"), 400, "malformed_json");
  }

  @Test
  void unknownAppIsNotFound() {
    problem(api.send("POST", "/api/optimizations", "{\"app\":\"nope\",\"targets\":[\"a.B#c\"]}"), 404, "unknown_app_config");
    problem(api.send("GET", "/api/apps/nope/savings", null), 404, "unknown_app");
  }

  @Test
  void unknownMethodIsUnprocessableAndNamesTheDeclaredOnes() {
    JsonNode p = problem(api.send("POST", "/api/optimizations",
        "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#noSuchMethod\"]}"), 422, "unknown_target");
    assertThat(p.get("detail").asText()).contains("noSuchMethod", "renderReport");
    problem(api.send("POST", "/api/optimizations",
        "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.NoSuchClass#x\"]}"), 422, "unknown_target");
    assertThat(api.expect(200, "GET", "/api/optimizations", null)).isEmpty();
  }

  @Test
  void invalidOptimizationFieldsAreListed() {
    JsonNode p = problem(api.send("POST", "/api/optimizations", "{\"app\":\"orders\",\"targets\":[\"not a target\"],"
        + "\"options\":{\"k\":0,\"candidates\":99,\"timeBudgetSeconds\":1,\"models\":[\"gpt-x\"]}}"), 400, "invalid_request");
    assertThat(p.get("errors").toString()).contains("targets", "options.k", "options.candidates",
        "options.timeBudgetSeconds", "options.models");
    problem(api.send("POST", "/api/optimizations", "{\"targets\":[]}"), 400, "invalid_request");
    problem(api.send("POST", "/api/optimizations", "{\"app\":\"orders\",\"targets\":[\"a.B#c\"],\"path\":\"../../etc/passwd\"}"),
        400, "invalid_request");
    problem(api.send("POST", "/api/optimizations", "{\"source\":\"this is not java\",\"targets\":[\"a.B#c\"]}"), 400, "invalid_request");
  }

  @Test
  void preconditionThatDoesNotFitTheTargetIsAnInvalidRequest() {
    String target = "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#renderReport\"],";
    JsonNode unknownName = problem(api.send("POST", "/api/optimizations", target
        + "\"options\":{\"assume\":\"items != null\"}}"), 400, "invalid_request");
    assertThat(unknownName.get("errors").toString()).contains("options.assume: dev.flamefix.examples.orders.OrderAnalytics"
        + "#renderReport: the precondition of renderReport(List<Order>) names items, which is not a parameter (parameters: orders)");
    JsonNode notBoolean = problem(api.send("POST", "/api/optimizations", target
        + "\"options\":{\"assume\":\"orders.size()\"}}"), 400, "invalid_request");
    assertThat(notBoolean.get("errors").toString()).contains("the precondition orders.size() does not compile: ")
        .contains("incompatible types");
    problem(api.send("POST", "/api/optimizations", target + "\"options\":{\"assume\":\"orders.size() >\"}}"),
        400, "invalid_request");
    assertThat(api.expect(200, "GET", "/api/optimizations", null)).isEmpty();
  }

  @Test
  void hugeBodyIsTooLarge() {
    String huge = "{\"source\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"targets\":[\"a.B#c\"]}";
    problem(api.send("POST", "/api/optimizations", huge), 413, "request_too_large");
    assertThat(api.expect(200, "GET", "/api/optimizations", null)).isEmpty();
  }

  @Test
  void unknownJobAndProposalAreNotFound() {
    problem(api.send("GET", "/api/optimizations/does-not-exist", null), 404, "unknown_job");
    problem(api.send("GET", "/api/optimizations/does-not-exist/events", null), 404, "unknown_job");
    problem(api.send("GET", "/api/proposals/does-not-exist", null), 404, "unknown_proposal");
    problem(api.send("POST", "/api/proposals/does-not-exist/accept", "{\"comment\":\"x\"}"), 404, "unknown_proposal");
    problem(api.send("GET", "/api/proposals?status=MAYBE", null), 400, "invalid_request");
  }

  private static JsonNode problem(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonNode p = TestServer.parse(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("reason").asText()).isEqualTo(reason);
    assertThat(p.get("detail").asText()).isNotBlank();
    return p;
  }
}
