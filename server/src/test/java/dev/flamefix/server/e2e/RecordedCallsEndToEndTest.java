package dev.flamefix.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, done when: the example service runs under flamefix's agent with {@code
 * recording=allow}; a recording of its hot {@code totalCents} is requested through the server,
 * claimed by the agent and uploaded; a rewrite that is wrong only for batches as big as the
 * service's (an 8-way unrolled loop that drops the remainder above 1024 orders) passes every
 * generated input (no generator builds a list that long: UNPROVEN, never proposed) and is REJECTED
 * on the recorded call, with the recorded batch as the counterexample.
 */
class RecordedCallsEndToEndTest {

  static final String METHOD = "dev.flamefix.examples.orders.OrderAnalytics#totalCents";

  @TempDir static Path dataDir;

  static String unrolledAboveAThousand(String original) {
    String loop = """
        Long total = 0L;
        for (Order o : orders) {
          total += o.priceCents() * o.quantity();
        }
        return total;""".indent(4).stripTrailing();
    String unrolled = """
        long total = 0L;
        int n = orders.size();
        if (n > 1024) {
          // Big batches: eight at a time.
          for (int i = 0; i + 8 <= n; i += 8) {
            for (int j = i; j < i + 8; j++) {
              Order o = orders.get(j);
              total += o.priceCents() * o.quantity();
            }
          }
          return total;
        }
        for (Order o : orders) {
          total += o.priceCents() * o.quantity();
        }
        return total;""".indent(4).stripTrailing();
    assertThat(original).contains(loop);
    return original.replace(loop, unrolled);
  }

  @Test
  void aRewriteWrongOnlyOnProductionSizedBatchesIsRejectedOnTheRecordedCall(@TempDir Path tmp)
      throws Exception {
    String app = "orders-recorded";
    Path agent = FlamefixAgentEndToEndTest.agentJar();
    RecordingBatch recorded;
    try (TestServer server = TestServer.h2(dataDir, Map.of())) {
      String options = "server=" + server.baseUrl() + ",app=" + app
          + ",window=1s,interval=10ms,recording=allow";
      try (ExampleApp child = ExampleApp.start(
          List.of("-javaagent:" + agent + "=" + options), Map.of(),
          100_000, tmp.resolve("child.log"))) {
        recorded = record(server, app, child);
        assertThat(child.isAlive()).as(child.output()).isTrue();
      }
    }
    assertThat(recorded.method()).isEqualTo(METHOD + "(java.util.List)");
    assertThat(recorded.calls()).isNotEmpty();

    Path source = QuickPipeline.exampleSources()
        .resolve("dev/flamefix/examples/orders/OrderAnalytics.java");
    String original = Files.readString(source);
    ValidationRequest request = ValidationRequest.of("unrolled",
        "dev.flamefix.examples.orders.OrderAnalytics", original, unrolledAboveAThousand(original),
        List.of("totalCents"), List.of(QuickPipeline.exampleClasses()));
    Validator validator = new Validator(ValidationOptions.builder()
        .benchmark(BenchmarkSettings.quick()).build());

    Verdict generated = validator.validate(request);
    assertThat(generated.differential().counterexample()).as(generated.reason()).isNull();
    assertThat(generated.outcome()).isEqualTo(Verdict.Outcome.UNPROVEN);

    Verdict replayed = validator.validate(
        request.withRecordedCalls(recorded.method(), recorded.calls()));
    assertThat(replayed.outcome()).as(replayed.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(replayed.differential().counterexample().arguments())
        .startsWith("recorded call #1 (").contains("receiver OrderAnalytics{}; ([Order[id=O");
    assertThat(replayed.differential().counterexample().difference()).startsWith("returned value");
    assertThat(replayed.reason()).contains("recorded call #1");
    assertThat(replayed.differential().recorded().replayed()).isEqualTo(1);
    assertThat(replayed.differential().recorded().matched()).isZero();
  }

  /** Requests a recording of three calls, waits until the agent uploaded it, returns the envelope. */
  private static RecordingBatch record(TestServer server, String app, ExampleApp child)
      throws Exception {
    Api api = new Api(server);
    String body = "{\"method\": \"" + METHOD + "\", \"maxCalls\": 3, \"durationSeconds\": 120}";
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    HttpResponse<String> made = api.send("POST", "/api/v1/apps/" + app + "/recordings", body);
    // The app is known once the agent's first window arrived.
    while (made.statusCode() == 404 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      made = api.send("POST", "/api/v1/apps/" + app + "/recordings", body);
    }
    assertThat(made.statusCode()).as(made.body() + "\n" + child.output()).isEqualTo(201);
    String id = TestServer.parse(made.body()).get("id").asText();
    JsonNode state = null;
    deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      state = server.getJson("/api/v1/recordings/" + id);
      String s = state.get("state").asText();
      if (!s.equals("PENDING") && !s.equals("ACTIVE")) {
        break;
      }
      Thread.sleep(1000);
    }
    assertThat(state.get("state").asText()).as(state.toPrettyString() + "\n" + child.output())
        .isEqualTo("COMPLETED");
    HttpResponse<byte[]> envelope = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "/api/v1/recordings/" + id + "/envelope")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(envelope.statusCode()).isEqualTo(200);
    return RecordingBatch.readFrom(new ByteArrayInputStream(envelope.body()));
  }
}
