package dev.flamefix.server.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped in the middle of a job: on the next start the running job is resumed (and
 * finishes), the queued one runs, and both say in their events what happened; with no attempts
 * left, an interrupted job is marked FAILED with the reason instead. Never silently lost.
 */
class JobRestartTest {
  @TempDir Path dataDir;

  static final String BODY = "{\"app\":\"orders\",\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#%s\"]}";

  @Test
  void runningJobIsResumedAfterRestartAndQueuedOneRuns() throws Exception {
    Map<String, Object> props = new HashMap<>(QuickPipeline.properties());
    String running;
    String queued;
    try (TestServer first = TestServer.h2(dataDir, props)) {
      Api api = new Api(first);
      api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      running = api.expect(202, "POST", "/api/optimizations", BODY.formatted("countKnownCustomers")).get("id").asText();
      queued = api.expect(202, "POST", "/api/optimizations", BODY.formatted("totalCents")).get("id").asText();
      api.awaitJob(running, Duration.ofMinutes(2), j -> "validate".equals(j.get("stage").asText()));
      assertThat(api.expect(200, "GET", "/api/optimizations/" + queued, null).get("status").asText()).isEqualTo("QUEUED");
    } // stopped mid-validation

    try (TestServer second = TestServer.h2(dataDir, props)) {
      Api api = new Api(second);
      JsonNode resumed = api.awaitJob(running, Duration.ofMinutes(4), Api::finished);
      assertThat(resumed.get("status").asText()).as(resumed.toPrettyString()).isEqualTo("DONE");
      assertThat(resumed.get("attempts").asInt()).isEqualTo(2);
      assertThat(resumed.get("events").toString()).contains("server restarted while the job was at stage 'validate'");
      // The resumed run went through validation again (whether JMH then proves the speed-up on this
      // shared machine is the validator's business, tested elsewhere).
      assertThat(resumed.get("candidates").get(0).hasNonNull("verdict")).as(resumed.toPrettyString()).isTrue();
      assertThat(resumed.get("events").toString()).contains("started (attempt 2)");
      JsonNode other = api.awaitJob(queued, Duration.ofMinutes(4), Api::finished);
      assertThat(other.get("status").asText()).as(other.toPrettyString()).isEqualTo("DONE");
      assertThat(other.get("attempts").asInt()).isEqualTo(1);
    }
  }

  @Test
  void interruptedJobWithoutAttemptsLeftFailsWithTheReason() throws Exception {
    Map<String, Object> props = new HashMap<>(QuickPipeline.properties());
    props.put("flamefix.optimize.max-attempts", 1);
    String id;
    try (TestServer first = TestServer.h2(dataDir, props)) {
      Api api = new Api(first);
      api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      id = api.expect(202, "POST", "/api/optimizations", BODY.formatted("renderReport")).get("id").asText();
      api.awaitJob(id, Duration.ofMinutes(2), j -> "RUNNING".equals(j.get("status").asText()));
    }
    try (TestServer second = TestServer.h2(dataDir, props)) {
      JsonNode job = new Api(second).awaitJob(id, Duration.ofSeconds(30), Api::finished);
      assertThat(job.get("status").asText()).isEqualTo("FAILED");
      assertThat(job.get("error").asText()).contains("server restarted while the job was at stage");
    }
  }
}
