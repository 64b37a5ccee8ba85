package dev.flamefix.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.optimizer.model.ScriptedChatServer.Reply;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's hot lines reach the model: marked in the prompt's code. */
class HotLinesPromptTest {

  @Test
  void theHottestLineIsMarkedWithItsShareInThePrompt() throws Exception {
    List<String> file = Files.readAllLines(
        OptimizerTest.ROOT.resolve("dev/flamefix/examples/orders/OrderAnalytics.java"));
    int hot = file.indexOf(file.stream().filter(l -> l.contains("report += o.id()")).findFirst().orElseThrow()) + 1;
    ProfileEvidence evidence = new ProfileEvidence(0.4, List.of(new ProfileEvidence.HotLine(hot, 0.41)));
    try (ScriptedChatServer server = new ScriptedChatServer()) {
      server.then(Reply.ok(OptimizerTest.GOOD));
      ModelOptions opts = ModelOptions.builder().baseUrl(server.baseUrl()).modelName("scripted-coder").candidates(1)
          .maxConcurrency(1).maxRetries(0).timeout(Duration.ofSeconds(5)).build();
      try (ModelClient client = new ModelClient(opts, new ExchangeLog())) {
        new Optimizer(OptimizerTest.KB, List.of(client)).run(OptimizationRequest.builder(OptimizerTest.ROOT)
            .target(OptimizerTest.TARGET).useRecipes(false).evidence(Map.of(OptimizerTest.TARGET, evidence)).build());
      }
      String user = server.received().get(0).body().get("messages").get(1).get("content").asText();
      String marked = user.lines().filter(l -> l.contains("// hot:")).findFirst().orElseThrow();
      assertThat(marked).contains("report += o.id()").endsWith("// hot: 41% of samples");
      assertThat(user.lines().filter(l -> l.contains("// hot:"))).hasSize(1);
    }
  }

  @Test
  void noEvidenceLeavesThePromptUnmarked() throws Exception {
    try (ScriptedChatServer server = new ScriptedChatServer()) {
      server.then(Reply.ok(OptimizerTest.GOOD));
      ModelOptions opts = ModelOptions.builder().baseUrl(server.baseUrl()).modelName("scripted-coder").candidates(1)
          .maxConcurrency(1).maxRetries(0).timeout(Duration.ofSeconds(5)).build();
      try (ModelClient client = new ModelClient(opts, new ExchangeLog())) {
        new Optimizer(OptimizerTest.KB, List.of(client)).run(OptimizationRequest.builder(OptimizerTest.ROOT)
            .target(OptimizerTest.TARGET).useRecipes(false).build());
      }
      assertThat(server.received().get(0).body().get("messages").get(1).get("content").asText())
          .doesNotContain("// hot:");
    }
  }

  @Test
  void marksAModelEchoesNeverReachThePatch() {
    String answer = "```java\nclass A {\n  int f(int x) {\n    x += 1;  // hot: 41% of samples\n    return x;\n  }\n}\n"
        + "// Also hot (as written in the original source):\n// return y;  // hot: 9% of samples\n```";

    String code = dev.flamefix.optimizer.model.AnswerParser.extract(answer).blocks().get(0);

    assertThat(code).doesNotContain("hot").contains("    x += 1;\n    return x;");
  }
}
