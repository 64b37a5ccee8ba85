package dev.flamefix.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.kb.CaseSource;
import dev.flamefix.kb.KnowledgeBase;
import dev.flamefix.kb.ScoredCase;
import dev.flamefix.server.optimize.Api;
import dev.flamefix.server.optimize.QuickPipeline;
import dev.flamefix.server.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product loop with no model configured: the example service runs under the flamefix agent,
 * the continuous loop (2 s interval) picks its top hotspot on its own, the recipe engine and the
 * validator turn it into a proposal with a measured speed-up of at least 1.1, a reviewer accepts
 * it, and the knowledge base then holds a learned case with that rate.
 */
class ProductLoopEndToEndTest {
  @TempDir Path dataDir;

  @Test
  void hotspotBecomesAcceptedProposalAndLearnedCase(@TempDir Path tmp) throws Exception {
    Map<String, Object> props = new HashMap<>(QuickPipeline.properties());
    props.put("flamefix.loop.enabled", true);
    props.put("flamefix.loop.interval", "2s");
    props.put("flamefix.loop.initial-delay", "1s");
    props.put("flamefix.loop.top", 3);
    try (TestServer server = TestServer.h2(dataDir, props)) {
      Api api = new Api(server);
      api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
      String agent = FlamefixAgentEndToEndTest.agentJar().toString();
      String options = "server=" + server.baseUrl() + ",app=orders,window=1s,interval=10ms";
      JsonNode proposal;
      try (ExampleApp child = ExampleApp.start(List.of("-javaagent:" + agent + "=" + options), Map.of(), 1_000_000,
          tmp.resolve("child.log"))) {
        HotspotWait.awaitExpected(server, "orders", Duration.ofSeconds(180), child::output);
        // Nobody posts a job: the loop queues the top hotspots one at a time (budget: 1 job) until
        // one of them becomes a proposal.
        proposal = awaitFirstProposal(api, Duration.ofMinutes(5));
      }
      JsonNode done = api.expect(200, "GET", "/api/optimizations/" + proposal.get("jobId").asText(), null);
      assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
      assertThat(done.get("app").asText()).isEqualTo("orders");
      assertThat(done.get("targets").get(0).asText()).startsWith("dev.flamefix.examples.orders.OrderAnalytics#");
      assertThat(done.get("proposalId").asText()).isEqualTo(proposal.get("id").asText());
      assertThat(api.expect(200, "GET", "/api/optimizations", null).size()).as("jobs queued by the loop").isPositive();

      assertThat(proposal.get("speedup").asDouble()).isGreaterThanOrEqualTo(1.1);
      assertThat(proposal.get("source").asText()).startsWith("recipe:");
      assertThat(proposal.get("savings").get("coreHoursPerDay").asDouble()).isGreaterThan(0);
      assertThat(api.expect(200, "GET", "/api/proposals?app=orders&status=proposed", null))
          .extracting(p -> p.get("id").asText()).contains(proposal.get("id").asText());

      JsonNode accepted = api.expect(200, "POST", "/api/proposals/" + proposal.get("id").asText() + "/accept",
          "{\"comment\":\"looks right\"}");
      assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
      assertThat(accepted.get("comment").asText()).isEqualTo("looks right");
      String caseId = accepted.get("learnedCaseId").asText();
      api.expect(409, "POST", "/api/proposals/" + proposal.get("id").asText() + "/reject", "{}");

      KnowledgeBase kb = server.context().getBean(KnowledgeBase.class);
      var learned = kb.get(caseId).orElseThrow();
      assertThat(learned.source()).isEqualTo(CaseSource.LEARNED);
      assertThat(learned.rate()).isEqualTo(proposal.get("speedup").asDouble());
      String method = done.get("targets").get(0).asText().split("#")[1];
      // The case holds the method, not the whole file (LearningService falls back to the file).
      assertThat(learned.slowCode()).contains(method).doesNotContain("package ").doesNotContain("class ");
      assertThat(learned.fastCode()).contains(method).doesNotContain("package ")
          .isNotEqualTo(learned.slowCode());
      List<ScoredCase> found = kb.search(learned.slowCode(), 3);
      assertThat(found).extracting(s -> s.match().id()).contains(caseId);

      JsonNode savings = api.expect(200, "GET", "/api/apps/orders/savings", null);
      assertThat(savings.get("proposals").asInt()).isPositive();
      assertThat(savings.get("cores").asDouble()).isEqualTo(8.0);
      assertThat(savings.get("coreHoursPerDay").asDouble())
          .isGreaterThanOrEqualTo(proposal.get("savings").get("coreHoursPerDay").asDouble());

      JsonNode arms = api.expect(200, "GET", "/api/strategies", null).get("arms");
      JsonNode arm = null;
      for (JsonNode a : arms) if (a.get("strategy").asText().equals(proposal.get("source").asText())) arm = a;
      assertThat(arm).as(arms.toPrettyString()).isNotNull();
      assertThat(arm.get("accepted").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(arm.get("approvedByReview").asInt()).isEqualTo(1);
    }
  }

  private static JsonNode awaitFirstProposal(Api api, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode list = api.expect(200, "GET", "/api/proposals?app=orders", null);
      if (!list.isEmpty()) {
        return list.get(list.size() - 1);
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no proposal within " + timeout.toSeconds() + " s; jobs: "
        + api.expect(200, "GET", "/api/optimizations", null).toPrettyString());
  }
}
