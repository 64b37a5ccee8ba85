package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.differential.MethodReport;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model answers that change the target and a (private or public) helper it calls, through the product
 * pipeline with the real validator: the helper is compared on its own next to the target, so a
 * helper change the target's calls never expose (the target only passes it digits 0-9) is still
 * rejected, and a correct one is accepted with both methods compared and only the target
 * benchmarked. The model is a scripted test double answering with fixed code.
 */
class ChangedHelpersValidationTest {
  private static final String SOURCE = """
      package acme.digits;

      public class Weights {
        public static String weights(int[] xs) {
          String out = "";
          for (int x : xs) {
            out += weight(Math.floorMod(x, 10)) + ",";
          }
          return out;
        }

        private static int weight(int d) {
          return d * d;
        }
      }
      """;

  private static final String TARGET = """
        public static String weights(int[] xs) {
          StringBuilder out = new StringBuilder();
          for (int x : xs) {
            out.append(weight(Math.floorMod(x, 10))).append(',');
          }
          return out.toString();
        }
      """;
  /** Equal to the original on every int. */
  private static final String RIGHT_HELPER = """
        private static int weight(int d) {
          int r = d;
          return r * d;
        }
      """;
  /** Equal to the original on 0..9 only, all the target ever passes it. */
  private static final String WRONG_HELPER = """
        private static int weight(int d) {
          int low = d & 15;
          return low * low;
        }
      """;

  @TempDir Path root;

  /** Speed is not what this test is about: the assertions hold whatever the benchmark measures. */
  private final Validator validator = new Validator(ValidationOptions.builder()
      .benchmark(BenchmarkSettings.quick()).minSpeedup(1.0).requireNonOverlappingIntervals(false).build());

  @Test
  void eachChangedHelperIsComparedOnItsOwnAndOnlyTheTargetIsBenchmarked() throws IOException {
    List<ValidationRequest> requests = new ArrayList<>();
    CandidatePipeline.TargetResult result = run(SOURCE, List.of(TARGET + WRONG_HELPER, TARGET + RIGHT_HELPER), requests);

    assertThat(result.candidates()).hasSize(2);
    for (Candidate c : result.candidates()) {
      assertThat(c.changedMethods()).containsExactly("weights(int[])", "weight(int)");
      assertThat(c.comparedHelpers()).containsExactly("weight(int)");
    }
    assertThat(requests).allSatisfy(r -> {
      assertThat(r.targetMethods()).containsExactly("weights", "weight(int)");
      assertThat(r.helperMethods()).containsExactly("weight(int)");
    });

    Verdict wrong = result.verdicts().get(0);
    assertThat(wrong.outcome()).as(wrong.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(wrong.stageReached()).isEqualTo(Stage.DIFFERENTIAL);
    assertThat(wrong.differential().counterexample().method()).isEqualTo("weight(int)");
    assertThat(wrong.reason()).startsWith("behaviour differs: weight(int) on ");

    Verdict right = result.verdicts().get(1);
    // Behaviour passed; whether it counts as faster is the benchmark's business, not asserted.
    assertThat(right.stageReached()).as(right.reason()).isEqualTo(Stage.DECIDED);
    assertThat(right.differential().proven()).isTrue();
    List<MethodReport> compared = right.differential().methods();
    assertThat(compared).extracting(MethodReport::method).containsExactly("weights(int[])", "weight(int)");
    assertThat(compared).extracting(MethodReport::helper).containsExactly(false, true);
    assertThat(compared).allSatisfy(m -> assertThat(m.calls()).isGreaterThan(100));
    assertThat(right.benchmark().methods()).extracting(p -> p.pair().signature()).containsExactly("weights(int[])");
  }

  /**
   * A public method is part of the class's contract, but a new body behind its unchanged
   * declaration is what other callers get: spliced, and rejected when it is wrong on inputs the
   * target never passes it, with the public method named in the counterexample.
   */
  @Test
  void wrongNewBodyOfAPublicHelperIsRejectedNamingIt() throws IOException {
    String source = SOURCE.replace("private static int weight", "public static int weight");
    List<ValidationRequest> requests = new ArrayList<>();
    CandidatePipeline.TargetResult result = run(source,
        List.of(TARGET + WRONG_HELPER.replace("private static", "public static")), requests);

    assertThat(result.candidates()).singleElement().satisfies(c -> assertThat(c.comparedHelpers()).containsExactly("weight(int)"));
    assertThat(requests).singleElement().satisfies(r -> assertThat(r.helperMethods()).containsExactly("weight(int)"));
    Verdict wrong = result.verdicts().get(0);
    assertThat(wrong.outcome()).as(wrong.reason()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(wrong.differential().counterexample().method()).isEqualTo("weight(int)");
    assertThat(wrong.reason()).startsWith("behaviour differs: weight(int) on ");
  }

  /** {@code acme.digits.Weights#weights} of {@code source} through the pipeline, the model answering {@code answers}. */
  private CandidatePipeline.TargetResult run(String source, List<String> answers, List<ValidationRequest> requests)
      throws IOException {
    Files.createDirectories(root.resolve("acme/digits"));
    Files.writeString(root.resolve("acme/digits/Weights.java"), source);
    ChatModel scripted = new ChatModel() {
      private int next;

      @Override
      public synchronized ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder().aiMessage(AiMessage.from("```java\n" + answers.get(next++) + "```")).build();
      }
    };
    ModelOptions options = ModelOptions.builder().baseUrl("http://127.0.0.1:9/v1").modelName("scripted")
        .candidates(answers.size()).maxConcurrency(1).timeout(Duration.ofSeconds(5)).build();
    try (ModelClient client = new ModelClient(options, new ExchangeLog(), i -> scripted)) {
      CandidatePipeline pipeline = new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of(client)),
          (request, listener) -> {
            requests.add(request);
            return validator.validate(request, listener);
          }, candidates -> candidates.stream()
              .sorted((a, b) -> Boolean.compare(a.patchedSource().contains("r * d"), b.patchedSource().contains("r * d")))
              .toList());
      return pipeline.run(CandidatePipeline.Input.builder(root, List.of("acme.digits.Weights#weights"))
          .useRecipes(false).useModels(true).build(), (stage, progress, message) -> { }).get(0);
    }
  }

  @Test
  void comparingOnlyTheTargetWouldHaveMissedTheWrongHelper() {
    String wrong = SOURCE.replace("return d * d;", "int low = d & 15;\n    return low * low;");
    Verdict v = validator.validate(ValidationRequest.of("target-only", "acme.digits.Weights", SOURCE, wrong,
        List.of("weights"), List.of()), e -> { });
    assertThat(v.differential().equivalent()).as(v.reason()).isTrue();
    assertThat(v.differential().coverage().gateMet()).isTrue();
  }
}
