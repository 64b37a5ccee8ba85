package dev.flamefix.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.optimizer.context.ContextExtractor;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.prompt.PromptBuilder;
import dev.flamefix.optimizer.recipe.Recipe;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.recipe.StringConcatInLoopRecipe;
import dev.flamefix.optimizer.retrieval.Suggestion;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.target.TargetResolutionException;
import dev.flamefix.optimizer.testing.NoChangeRecipe;
import dev.flamefix.optimizer.model.ScriptedChatServer;
import dev.flamefix.optimizer.model.ScriptedChatServer.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade end to end on the demo example, with a scripted model on loopback. */
class OptimizerTest {
  static final Path ROOT = Path.of("../examples/src/main/java");
  static final String TARGET = "dev.flamefix.examples.orders.OrderAnalytics#renderReport";

  static final SuggestionSource KB = (code, m) -> List.of(
      new Suggestion("seed-1", "string-concat-in-loop", "Build the text in one StringBuilder instead of String += in a loop.", 0.91, 14.2),
      new Suggestion("seed-2", "boxed-accumulation", "Use a primitive accumulator.", 0.55, 3.1),
      new Suggestion("seed-3", "string-concat-in-loop", "Presize the StringBuilder.", 0.89, 20.0));

  static final String GOOD = """
      Here you go:
      ```java
      public String renderReport(List<Order> orders) {
        StringBuilder sb = new StringBuilder(orders.size() * 24);
        for (Order o : orders) {
          sb.append(o.id()).append(',').append(o.sku()).append(',').append(o.quantity()).append('\\n');
        }
        return sb.toString();
      }
      ```
      """;

  @Test
  void recipesAndModelCandidatesWithPromptAuditAndDeduplication() throws Exception {
    try (ScriptedChatServer server = new ScriptedChatServer()) {
      // Two identical good answers (deduplicated), one that changes the signature (rejected), one 500.
      server.then(Reply.ok(GOOD)).then(Reply.ok(GOOD))
          .then(Reply.ok("```java\npublic String renderReport(List<Order> orders, int n) { return \"\"; }\n```"))
          .then(Reply.status(500)).then(Reply.status(500));
      ExchangeLog log = new ExchangeLog();
      ModelOptions opts = ModelOptions.builder().baseUrl(server.baseUrl()).modelName("scripted-coder").candidates(4)
          .maxConcurrency(1).maxRetries(1).initialBackoff(Duration.ofMillis(5)).timeout(Duration.ofSeconds(5)).build();
      List<String> progress = new ArrayList<>();
      try (ModelClient client = new ModelClient(opts, log)) {
        Optimizer optimizer = new Optimizer(KB, List.of(client));
        OptimizationReport report = optimizer.run(OptimizationRequest.builder(ROOT).target(TARGET).k(2).m(3).deltaS(0.05)
            .progress((stage, target, msg) -> progress.add(stage + ": " + msg)).build());

        List<Candidate> cs = report.candidates();
        assertThat(cs).extracting(Candidate::source).containsExactly("recipe:string-concat-in-loop", "model:scripted-coder");
        Candidate model = cs.get(1);
        assertThat(model.changedMethods()).containsExactly("renderReport(List)");
        assertThat(model.patchedSource()).contains("new StringBuilder(orders.size() * 24)", "public long totalCents(");
        // Algorithm 2 kept the closest and the higher-rate near one; the far one was filtered.
        assertThat(model.suggestions()).extracting(Suggestion::caseId).containsExactly("seed-1", "seed-3");
        assertThat(model.file()).isEqualTo(ROOT.resolve("dev/flamefix/examples/orders/OrderAnalytics.java"));
        assertThat(report.rejections()).extracting(OptimizationReport.Rejection::reason)
            .anyMatch(r -> r.contains("refused: the answer changes the signature of public method renderReport(List)"))
            .anyMatch(r -> r.contains("SERVER_ERROR after 2 attempt(s)"));

        // The prompt: cleaned code + suggestion lines, never another case's code.
        String user = server.received().get(0).body().get("messages").get(1).get("content").asText();
        assertThat(user).contains("public String renderReport(List<Order> orders)", "report += o.id()",
            "Applicability: 0.91; Rate: 14.20; Build the text in one StringBuilder",
            "Applicability: 0.89; Rate: 20.00; Presize the StringBuilder.");
        assertThat(user).doesNotContain("countValidSkus", "totalCents", "Use a primitive accumulator");
        assertThat(log.all()).hasSize(4);
        assertThat(progress).anyMatch(p -> p.startsWith("context: context "))
            .contains("done: 2 candidate(s) for this target, 1 more dropped");
        // The second, identical answer was made and left out: the report and the progress say so.
        assertThat(report.dropped()).containsExactly(new OptimizationReport.Drop("model:scripted-coder", TARGET,
            "the same code as model:scripted-coder"));
        assertThat(progress).contains("dropped: model:scripted-coder: the same code as model:scripted-coder (not validated)");
      }
    }
  }

  @Test
  void recipeOutcomesThatChangeNothingOrRepeatAnotherAreDroppedWithTheReason() {
    // "noop" fires without touching the tree; with the real recipe it also makes a combined
    // outcome whose code is the real recipe's alone.
    Recipe noop = new NoChangeRecipe();
    Optimizer optimizer = new Optimizer(SuggestionSource.none(), List.of(),
        new RecipeEngine(List.of(noop, new StringConcatInLoopRecipe())), new ContextExtractor(), new PromptBuilder());
    List<String> progress = new ArrayList<>();
    OptimizationReport report = optimizer.run(OptimizationRequest.builder(ROOT).target(TARGET).useModels(false)
        .progress((stage, target, msg) -> progress.add(stage + ": " + msg)).build());

    assertThat(report.candidates()).extracting(Candidate::source).containsExactly("recipe:string-concat-in-loop");
    assertThat(report.droppedFor(TARGET)).extracting(OptimizationReport.Drop::toString).containsExactly(
        "recipe:noop: its code is the original's (only layout or comments differ)",
        "recipe:noop+string-concat-in-loop: the same code as recipe:string-concat-in-loop");
    assertThat(report.droppedFor("other.Type#m")).isEmpty();
    assertThat(progress).contains("done: 1 candidate(s) for this target, 2 more dropped");
  }

  @Test
  void redactedModelSeesNoProprietaryNamesAndItsAnswerIsRestored() throws Exception {
    try (ScriptedChatServer server = new ScriptedChatServer()) {
      ExchangeLog log = new ExchangeLog();
      ModelOptions opts = ModelOptions.builder().baseUrl(server.baseUrl()).modelName("external").redact(true)
          .timeout(Duration.ofSeconds(5)).build();
      // The scripted model echoes a rewrite in the redacted vocabulary: we compute it from the prompt it will get.
      Optimizer optimizer;
      List<List<dev.langchain4j.data.message.ChatMessage>> requests = new ArrayList<>();
      try (ModelClient client = new ModelClient(opts, log, i -> new dev.langchain4j.model.chat.ChatModel() {
        @Override
        public dev.langchain4j.model.chat.response.ChatResponse doChat(dev.langchain4j.model.chat.request.ChatRequest request) {
          requests.add(request.messages());
          String user = ((dev.langchain4j.data.message.UserMessage) request.messages().get(1)).singleText();
          String code = user.substring(user.indexOf("```java\n") + 8, user.lastIndexOf("```"));
          // Rewrite: replace "+=" concatenation with a StringBuilder, in whatever names the code uses.
          String m = code.replaceAll("(?s).*public String (id_\\d+)\\(List<(Id_\\d+)> (id_\\d+)\\).*", "$1 $2 $3");
          String[] n = m.split(" ");
          String answer = "```java\npublic String " + n[0] + "(List<" + n[1] + "> " + n[2] + ") { StringBuilder b = new StringBuilder(); for ("
              + n[1] + " x : " + n[2] + ") b.append(x); return b.toString(); }\n```";
          return dev.langchain4j.model.chat.response.ChatResponse.builder()
              .aiMessage(dev.langchain4j.data.message.AiMessage.from(answer)).build();
        }
      })) {
        optimizer = new Optimizer(SuggestionSource.none(), List.of(client));
        List<Candidate> cs = optimizer.optimize(OptimizationRequest.builder(ROOT).target(TARGET).useRecipes(false).build());
        assertThat(log.all().get(0).user()).doesNotContain("renderReport", "OrderAnalytics", "Order>", "flamefix");
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).patchedSource()).contains("public String renderReport(List<Order> orders) {",
            "for (Order x : orders) b.append(x);");

        // A feedback round continues the chat in the redacted vocabulary; the same answer again is no new candidate.
        OptimizationReport revised = optimizer.revise(OptimizationRequest.builder(ROOT).target(TARGET).build(),
            cs.get(0).conversation(), new dev.flamefix.optimizer.feedback.Feedback("rejected",
                "behaviour differs: renderReport(List) on [Order[id=1]]", List.of(), null), cs);
        assertThat(requests).hasSize(2);
        List<dev.langchain4j.data.message.ChatMessage> chat = requests.get(1);
        assertThat(chat).hasSize(4);
        assertThat(((dev.langchain4j.data.message.AiMessage) chat.get(2)).text())
            .isEqualTo(cs.get(0).conversation().turns().get(2).text()).doesNotContain("renderReport");
        String feedback = ((dev.langchain4j.data.message.UserMessage) chat.get(3)).singleText();
        assertThat(feedback).startsWith("Your answer was rejected: behaviour differs: id_").doesNotContain("renderReport", "Order");
        assertThat(log.all().get(1).user()).isEqualTo(feedback);
        assertThat(revised.candidates()).isEmpty();
        assertThat(revised.rejections()).extracting(OptimizationReport.Rejection::reason)
            .containsExactly("the answer repeats an earlier candidate");
        assertThat(revised.rejections().get(0).conversation().round()).isEqualTo(1);
      }
    }
  }

  @Test
  void recipesOnlyOnAllFourExampleMethodsAndClearErrors() {
    Optimizer optimizer = new Optimizer(SuggestionSource.none(), List.of());
    String cls = "dev.flamefix.examples.orders.OrderAnalytics#";
    List<Candidate> cs = optimizer.optimize(OptimizationRequest.builder(ROOT)
        .targets(List.of(cls + "renderReport", cls + "countKnownCustomers", cls + "countValidSkus", cls + "totalCents"))
        .useModels(false).build());
    assertThat(cs).extracting(Candidate::source).containsExactly("recipe:string-concat-in-loop", "recipe:linear-search-in-loop",
        "recipe:regex-recompiled", "recipe:boxed-accumulation");
    assertThat(cs).allMatch(c -> !c.explanation().isBlank());
    assertThatThrownBy(() -> optimizer.optimize(OptimizationRequest.builder(ROOT).target(cls + "missing").build()))
        .isInstanceOf(TargetResolutionException.class).hasMessageContaining("no method named 'missing'");
    assertThatThrownBy(() -> OptimizationRequest.builder(ROOT).build()).hasMessageContaining("at least one target");
  }
}
