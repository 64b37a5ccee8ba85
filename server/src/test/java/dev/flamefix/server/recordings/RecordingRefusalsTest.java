package dev.flamefix.server.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.support.TestServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of the recording endpoints, with tokens configured: agents authenticate with the
 * ingest token (API tokens do not open the agent endpoints), users with API tokens and roles.
 */
class RecordingRefusalsTest {
  static final String INGEST = "ingest-tok-5e4d";
  static final String VIEWER = "viewer-tok-3c2b";
  static final String OPERATOR = "operator-tok-1a0f";
  static final String APP = "guarded";

  @TempDir static Path dataDir;
  static TestServer server;
  static RecordingHttp operator;
  static RecordingHttp viewer;

  @BeforeAll
  static void start() {
    server = TestServer.h2(dataDir, Map.of(
        "flamefix.ingest.token", INGEST,
        "FLAMEFIX_API_TOKENS", "viewer:" + VIEWER + ",operator:" + OPERATOR,
        "flamefix.recording.max-upload-size", "4KB"));
    operator = new RecordingHttp(server, INGEST, OPERATOR);
    viewer = new RecordingHttp(server, INGEST, VIEWER);
    operator.profile(APP);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode problem(HttpResponse<String> r, int status, String reason) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode problem = TestServer.parse(r.body());
    assertThat(problem.get("reason").asText()).isEqualTo(reason);
    return problem;
  }

  @Test
  void agentsNeedTheIngestTokenAndUsersTheirRoles() {
    problem(new RecordingHttp(server, null, OPERATOR).poll(APP, "1"), 401, "unauthorized");
    // An API token is not the ingest token, even an operator's.
    problem(new RecordingHttp(server, OPERATOR, OPERATOR).poll(APP, "1"), 401, "unauthorized");
    problem(new RecordingHttp(server, null, OPERATOR).upload("x", new byte[] {1}), 401, "unauthorized");
    assertThat(operator.poll(APP, "1").statusCode()).isEqualTo(204);

    problem(new RecordingHttp(server, INGEST, null).request(APP, "{\"method\": \"a.B#c\"}"), 401, "missing_token");
    problem(viewer.request(APP, "{\"method\": \"a.B#c\"}"), 403, "insufficient_role");
    String id = operator.requestId(APP, "{\"method\": \"a.B#c\"}");
    assertThat(viewer.get("/api/v1/recordings/" + id).statusCode()).isEqualTo(200);
    assertThat(viewer.get("/api/v1/apps/" + APP + "/recordings").statusCode()).isEqualTo(200);
    problem(new RecordingHttp(server, INGEST, null).get("/api/v1/recordings/" + id), 401, "missing_token");
    assertThat(operator.claim(APP, "2").getProperty("id")).isEqualTo(id);
  }

  @Test
  void theOpenApiDescriptionHasTheEndpoints() {
    String docs = server.get("/v3/api-docs").body();
    assertThat(docs).contains("/api/v1/agent/recordings/next", "/api/v1/agent/recordings/{id}",
        "/api/v1/apps/{app}/recordings", "/api/v1/recordings/{id}/envelope", "maxBytesPerCall");
  }

  @Test
  void badRequestsListEveryProblem() {
    JsonNode p = problem(operator.request(APP,
        "{\"method\": \"renderReport\", \"maxCalls\": 20000, \"durationSeconds\": 0, \"sampleEvery\": 0,"
            + " \"maxBytesPerCall\": 10}"), 400, "invalid_request");
    assertThat(p.get("errors").toString())
        .contains("method: not a method (com.acme.Foo#bar")
        .contains("maxCalls: must be 1..10000, was 20000")
        .contains("durationSeconds: must be 1..600, was 0")
        .contains("sampleEvery: must be 1..1000000, was 0")
        .contains("maxBytesPerCall: must be 256..1048576, was 10");
    problem(operator.request(APP, "{}"), 400, "invalid_request");
    problem(operator.request(APP, "{\"method\": \"a.B#c\", \"bogus\": 1}"), 400, "malformed_json");
    problem(operator.request("never-seen", "{\"method\": \"a.B#c\"}"), 404, "unknown_app");
    problem(operator.get("/api/v1/recordings/nope"), 404, "unknown_recording");
    problem(operator.get("/api/v1/apps/" + APP + "/recordings?limit=0"), 400, "invalid_request");
    problem(operator.poll("bad app!", "1"), 400, "bad_request");
    assertThat(operator.request(APP, "{\"method\": \"a.B#c(java.lang.String, int[])\"}").statusCode())
        .isEqualTo(201);
    assertThat(operator.claim(APP, "3").getProperty("method")).isEqualTo("a.B#c(java.lang.String,int[])");
  }

  @Test
  void uploadsThatDoNotFitTheRequestAreRefused() {
    String id = operator.requestId(APP, "{\"method\": \"a.B#c\", \"maxCalls\": 2, \"maxBytesPerCall\": 256}");
    byte[] good = RecordingHttp.envelope(id, APP, "a.B#c(int)", RecordingBatch.Status.COMPLETED, 2, 16,
        (byte) 0, Map.of());
    problem(operator.upload(id, good), 409, "not_claimed");
    operator.claim(APP, "4");
    assertThat(problem(operator.upload(id, "not an envelope".getBytes(StandardCharsets.UTF_8)), 400,
        "malformed_recording").get("detail").asText()).contains("bad magic");
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 5);
    problem(operator.upload(id, truncated), 400, "malformed_recording");
    problem(operator.upload("other-id", good), 400, "id_mismatch");
    problem(operator.upload(id, RecordingHttp.envelope(id, "elsewhere", "a.B#c(int)",
        RecordingBatch.Status.COMPLETED, 1, 16, (byte) 0, Map.of())), 409, "wrong_app");
    problem(operator.upload(id, RecordingHttp.envelope(id, APP, "a.B#d(int)",
        RecordingBatch.Status.COMPLETED, 1, 16, (byte) 0, Map.of())), 400, "method_mismatch");
    problem(operator.upload(id, RecordingHttp.envelope(id, APP, "a.B#c(int)",
        RecordingBatch.Status.COMPLETED, 3, 16, (byte) 0, Map.of())), 400, "too_many_calls");
    problem(operator.upload(id, RecordingHttp.envelope(id, APP, "a.B#c(int)",
        RecordingBatch.Status.COMPLETED, 1, 300, (byte) 0, Map.of())), 400, "call_too_large");
    String unknown = "0b7e0c4e-0000-4000-8000-000000000000";
    problem(operator.upload(unknown, RecordingHttp.envelope(unknown, APP, 1, (byte) 0)), 404, "unknown_recording");
    problem(operator.upload(id, new byte[5 * 1024]), 413, "request_too_large");
    problem(operator.get("/api/v1/recordings/" + id + "/envelope"), 404, "no_envelope");

    // None of that changed the request: the good envelope is still taken, once.
    assertThat(operator.upload(id, good).statusCode()).isEqualTo(202);
    assertThat(TestServer.parse(operator.get("/api/v1/recordings/" + id).body()).get("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(server.context().getBean(MeterRegistry.class).get("flamefix.recordings.rejected")
        .tag("reason", "too_many_calls").counter().count()).isEqualTo(1);
  }
}
