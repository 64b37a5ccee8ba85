package dev.flamefix.server.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.RecordedOrders;
import dev.flamefix.server.support.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimization of a method replays the calls recorded for it: an agent uploads two real calls
 * of renderReport, the job's verdict and the proposal's evidence say they were replayed and matched.
 */
class RecordedCallsOptimizationTest {
  @TempDir Path dataDir;

  @Test
  void anOptimizationJobReplaysTheStoredCallsOfItsTarget() throws Exception {
    try (TestServer server = TestServer.h2(dataDir, QuickPipeline.properties())) {
      Api api = new Api(server);
      api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      RecordingHttp http = new RecordingHttp(server, null, null);
      http.profile("orders");
      String id = http.requestId("orders", "{\"method\": \"" + RecordedOrders.RENDER_REPORT + "\"}");
      assertThat(http.claim("orders", "1").getProperty("id")).isEqualTo(id);
      HttpResponse<String> uploaded = http.upload(id,
          RecordedOrders.bytes(RecordedOrders.renderReport(id, "orders")));
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);

      JsonNode job = api.expect(202, "POST", "/api/optimizations", "{\"app\":\"orders\","
          + "\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#renderReport\"],"
          + "\"options\":{\"timeBudgetSeconds\":600}}");
      JsonNode done = api.awaitJob(job.get("id").asText(), Duration.ofMinutes(4), Api::finished);

      assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
      JsonNode verdict = done.get("candidates").get(0).get("verdict");
      assertThat(verdict.get("recorded").get("summary").asText()).as(done.toPrettyString())
          .isEqualTo("replayed 2 recorded calls, 2 matched");
      assertThat(verdict.get("recorded").get("method").asText()).isEqualTo(RecordedOrders.RENDER_REPORT);
      JsonNode proposal = api.expect(200, "GET", "/api/proposals/" + done.get("proposalId").asText(), null);
      assertThat(proposal.get("evidence").get("recordedCalls").asText())
          .isEqualTo("replayed 2 recorded calls, 2 matched");
    }
  }
}
