package dev.flamefix.server.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/optimizations} with a scripted OpenAI-protocol model on loopback as an extra
 * candidate source next to the recipes: both sources produce candidates, the model is prompted
 * with the target's code, the verdicts are recorded, an accepted candidate becomes a proposal with
 * a measured speed-up, and the server-sent-events stream ends with {@code done}.
 */
public class ScriptedModelOptimizationTest {
  @TempDir Path dataDir;

  /** A correct rewrite of countKnownCustomers, written by this test (not by any model). */
  static final String ANSWER = """
      Use a hash set so each lookup is constant time.
      ```java
      public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
        java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
        int count = 0;
        for (Order o : orders) {
          if (known.contains(o.customerId())) {
            count++;
          }
        }
        return count;
      }
      ```
      """;

  @Test
  void modelCandidatesJoinRecipeCandidatesAndTheAcceptedOneIsProposed() throws Exception {
    try (ScriptedChatServer model = ScriptedChatServer.answering(ANSWER)) {
      Map<String, Object> props = QuickPipeline.withModel(model);
      props.put("flamefix.optimize.max-validations", 3);
      try (TestServer server = TestServer.h2(dataDir, props)) {
        Api api = new Api(server);
        api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
        HttpResponse<String> posted = api.send("POST", "/api/optimizations", "{\"app\":\"orders\","
            + "\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers\"],"
            + "\"options\":{\"models\":[\"scripted\"],\"k\":2,\"candidates\":1,\"timeBudgetSeconds\":600}}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        JsonNode job = TestServer.parse(posted.body());
        String id = job.get("id").asText();
        assertThat(posted.headers().firstValue("Location")).hasValue("/api/optimizations/" + id);
        assertThat(job.get("status").asText()).isIn("QUEUED", "RUNNING");

        CompletableFuture<String> stream = sse(server.baseUrl() + "/api/optimizations/" + id + "/events");
        JsonNode done = api.awaitJob(id, Duration.ofMinutes(4), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");

        List<String> sources = new ArrayList<>();
        done.get("candidates").forEach(c -> sources.add(c.get("source").asText()));
        assertThat(sources).contains("model:scripted").anyMatch(s -> s.startsWith("recipe:linear-search-in-loop"));
        assertThat(model.received()).isNotEmpty();
        assertThat(model.received().get(0).body().toString()).contains("countKnownCustomers");
        JsonNode accepted = null;
        for (JsonNode c : done.get("candidates")) {
          if (c.hasNonNull("verdict") && c.get("verdict").get("accepted").asBoolean()) accepted = c;
        }
        assertThat(accepted).as(done.toPrettyString()).isNotNull();
        assertThat(accepted.get("verdict").get("speedup").asDouble()).isGreaterThanOrEqualTo(1.1);
        String proposalId = done.get("proposalId").asText();
        assertThat(accepted.get("proposalId").asText()).isEqualTo(proposalId);

        JsonNode proposal = api.expect(200, "GET", "/api/proposals/" + proposalId, null);
        assertThat(proposal.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.get("source").asText()).isEqualTo(accepted.get("source").asText());
        assertThat(proposal.get("diff").asText()).contains("countKnownCustomers").contains("+++");
        // Named relative to the app's registered source root, where patch -p1 applies it.
        assertThat(proposal.get("diff").asText()).startsWith("--- a/dev/flamefix/examples/orders/OrderAnalytics.java\n"
            + "+++ b/dev/flamefix/examples/orders/OrderAnalytics.java\n");
        assertThat(proposal.get("report").get("accepted").asBoolean()).isTrue();
        assertThat(proposal.get("speedup").asDouble()).isGreaterThanOrEqualTo(1.1);
        JsonNode evidence = proposal.get("evidence");
        assertThat(evidence.get("callsMade").asInt()).isPositive();
        assertThat(evidence.get("original").get("score").asDouble())
            .isGreaterThan(evidence.get("candidate").get("score").asDouble());

        // Every validated candidate is a strategy outcome the bandit sees.
        JsonNode arms = api.expect(200, "GET", "/api/strategies", null).get("arms");
        int tried = 0;
        for (JsonNode a : arms) tried += a.get("tried").asInt();
        long validated = 0;
        for (JsonNode c : done.get("candidates")) if (c.hasNonNull("verdict")) validated++;
        assertThat(tried).isEqualTo((int) validated);

        String events = stream.get();
        assertThat(events).contains("event:progress").contains("event:done");
      }
    }
  }

  /**
   * A faster rewrite that also adds a branch behind a hash check the generated inputs never hit
   * (written by this test, not by any model): nothing proves the added lines, so the verdict is
   * UNPROVEN, the REST view says which lines, and no proposal is made.
   */
  public static final String UNPROVEN_ANSWER = """
      ```java
      public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
        java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
        int count = 0;
        for (Order o : orders) {
          if (known.contains(o.customerId())) {
            count++;
          }
          if (o.customerId() != null && o.customerId().hashCode() == 0x2f5a9c31) {
            count += 1000;
          }
        }
        return count;
      }
      ```
      """;

  @Test
  void aRewriteWhoseChangedLinesNoInputReachedIsUnprovenAndNotProposed() throws Exception {
    try (ScriptedChatServer model = ScriptedChatServer.answering(UNPROVEN_ANSWER)) {
      Map<String, Object> props = QuickPipeline.withModel(model);
      try (TestServer server = TestServer.h2(dataDir, props)) {
        Api api = new Api(server);
        JsonNode job = startModelOnlyJob(api);
        JsonNode done = api.awaitJob(job.get("id").asText(), Duration.ofMinutes(4), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");
        assertThat(done.get("candidates")).as(done.toPrettyString()).hasSize(1);
        JsonNode verdict = done.get("candidates").get(0).get("verdict");
        assertThat(verdict.get("outcome").asText()).as(verdict.toPrettyString()).isEqualTo("UNPROVEN");
        assertThat(verdict.get("accepted").asBoolean()).isFalse();
        assertThat(verdict.get("reason").asText()).startsWith("unproven").contains("line");
        assertThat(verdict.get("coverage").get("candidate").get("unreached").size())
            .as(verdict.toPrettyString()).isPositive();
        assertThat(done.hasNonNull("proposalId")).as(done.toPrettyString()).isFalse();
        assertThat(done.get("events").toString()).contains("model:scripted unproven: inputs never reached")
            .doesNotContain("rejected: unproven");
        assertThat(api.expect(200, "GET", "/api/proposals?app=orders", null)).isEmpty();
      }
    }
  }

  /** Counts the orders of unknown customers: wrong on nearly every input (written by this test). */
  static final String WRONG_ANSWER = """
      ```java
      public int countKnownCustomers(List<Order> orders, List<String> knownCustomers) {
        java.util.Set<String> known = new java.util.HashSet<>(knownCustomers);
        int count = 0;
        for (Order o : orders) {
          if (!known.contains(o.customerId())) {
            count++;
          }
        }
        return count;
      }
      ```
      """;

  /**
   * A feedback round: the model's first answer is rejected with a counterexample, the second
   * request continues the chat with that counterexample, and the corrected answer is accepted and
   * proposed.
   */
  @Test
  void aRejectedAnswerGoesBackWithItsCounterexampleAndTheCorrectedOneIsProposed() throws Exception {
    try (ScriptedChatServer model = ScriptedChatServer.answering(WRONG_ANSWER, ANSWER)) {
      Map<String, Object> props = QuickPipeline.withModel(model);
      props.put("flamefix.optimize.feedback-rounds", 0);
      try (TestServer server = TestServer.h2(dataDir, props)) {
        Api api = new Api(server);
        api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
        // The request's option overrides the server's default of no rounds.
        JsonNode job = api.expect(202, "POST", "/api/optimizations", "{\"app\":\"orders\","
            + "\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers\"],"
            + "\"options\":{\"models\":[\"scripted\"],\"candidates\":1,\"recipes\":false,\"feedbackRounds\":1}}");
        JsonNode done = api.awaitJob(job.get("id").asText(), Duration.ofMinutes(4), Api::finished);
        assertThat(done.get("status").asText()).as(done.toPrettyString()).isEqualTo("DONE");

        JsonNode candidates = done.get("candidates");
        assertThat(candidates).as(done.toPrettyString()).hasSize(2);
        JsonNode first = candidates.get(0);
        JsonNode second = candidates.get(1);
        assertThat(first.get("round").asInt()).isZero();
        assertThat(first.get("verdict").get("outcome").asText()).as(first.toPrettyString()).isEqualTo("REJECTED");
        assertThat(first.get("verdict").get("stageReached").asText()).isEqualTo("DIFFERENTIAL");
        assertThat(first.get("verdict").get("counterexample").asText()).isNotBlank();
        assertThat(second.get("round").asInt()).isEqualTo(1);
        assertThat(second.get("verdict").get("accepted").asBoolean()).as(second.toPrettyString()).isTrue();
        assertThat(second.get("proposalId").asText()).isEqualTo(done.get("proposalId").asText());

        assertThat(model.received()).hasSize(2);
        JsonNode messages = model.received().get(1).body().get("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(2).get("content").asText()).isEqualTo(WRONG_ANSWER);
        String feedback = messages.get(3).get("content").asText();
        String reason = first.get("verdict").get("reason").asText().replaceAll("__candidate\\d*", "");
        assertThat(feedback).contains("counterexample (difference): countKnownCustomers", reason);
        List<String> stages = new ArrayList<>();
        done.get("events").forEach(e -> stages.add(e.get("stage").asText() + ": " + e.get("message").asText()));
        assertThat(stages).anyMatch(e -> e.startsWith("feedback: round 1/1 for "));
      }
    }
  }

  /**
   * Registers the example app and starts an optimization of countKnownCustomers with the scripted
   * model as the only candidate source (one answer, no recipes); returns the accepted job.
   */
  public static JsonNode startModelOnlyJob(Api api) {
    api.expect(200, "PUT", "/api/apps/orders/config", QuickPipeline.exampleConfig());
    return api.expect(202, "POST", "/api/optimizations", "{\"app\":\"orders\","
        + "\"targets\":[\"dev.flamefix.examples.orders.OrderAnalytics#countKnownCustomers\"],"
        + "\"options\":{\"models\":[\"scripted\"],\"candidates\":1,\"recipes\":false}}");
  }

  private static CompletableFuture<String> sse(String url) {
    return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
  }
}
