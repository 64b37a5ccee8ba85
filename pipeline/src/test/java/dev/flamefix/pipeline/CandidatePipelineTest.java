package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flamefix.optimizer.Candidate;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.context.ContextExtractor;
import dev.flamefix.optimizer.prompt.PromptBuilder;
import dev.flamefix.optimizer.recipe.Recipe;
import dev.flamefix.optimizer.recipe.RecipeEngine;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.optimizer.testing.NoChangeRecipe;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationRequest;
import dev.flamefix.validator.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's contract with the real recipe engine and a scripted validation step: order,
 * stop at the first acceptance, the validation cap, the time budget, and the reason when a
 * target gets no candidate.
 */
class CandidatePipelineTest {
  private static final String SOURCE = """
      package demo;

      import java.util.List;

      public class Report {
        public static String join(List<String> items) {
          String s = "";
          for (String it : items) {
            s += it;
          }
          return s;
        }

        public static int add(int a, int b) {
          return a + b;
        }
      }
      """;
  private static final String JOIN = "demo.Report#join";
  private static final String ADD = "demo.Report#add";

  @TempDir Path root;
  private final List<ValidationRequest> validated = new ArrayList<>();

  @BeforeEach
  void writeSource() throws IOException {
    Files.createDirectories(root.resolve("demo"));
    Files.writeString(root.resolve("demo/Report.java"), SOURCE);
  }

  /** Scripted validation: the verdict for the n-th call is {@code script.apply(n)}. */
  private CandidatePipeline pipeline(Function<Integer, Boolean> script, java.util.function.UnaryOperator<List<Candidate>> order) {
    return new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of()), (request, listener) -> {
      validated.add(request);
      boolean ok = script.apply(validated.size());
      return new Verdict(request.id(), ok, ok ? "accepted" : "rejected by the script", Stage.BENCHMARK,
          request.className(), request.targetMethods(), null, null, null, null, null, "", 1);
    }, order);
  }

  private final RecordingListener listener = new RecordingListener();

  @Test
  void validatesInTheGivenOrderAndStopsAtTheFirstAcceptedCandidate() {
    // The order doubles the recipe's candidate, so there are two to validate; the first is rejected.
    CandidatePipeline p = pipeline(n -> n == 2, list -> Stream.concat(list.stream(), list.stream()).toList());
    List<CandidatePipeline.TargetResult> results = p.run(CandidatePipeline.Input.builder(root, List.of(JOIN)).build(), listener);

    CandidatePipeline.TargetResult r = results.get(0);
    assertThat(r.candidates()).hasSize(2);
    assertThat(r.candidates().get(0).source()).startsWith("recipe:");
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.acceptedVerdict().accepted()).isTrue();
    assertThat(r.verdicts()).containsOnlyKeys(0, 1);
    assertThat(r.originalSource()).isEqualTo(SOURCE);
    assertThat(r.className()).isEqualTo("demo.Report");
    assertThat(r.methodName()).isEqualTo("join");
    assertThat(validated).extracting(ValidationRequest::targetMethods).containsOnly(List.of("join"));
    assertThat(validated.get(0).candidateSource()).contains("StringBuilder");
    assertThat(listener.events).contains("candidates " + JOIN + " 2", "verdict " + JOIN + " false", "verdict " + JOIN + " true");
    assertThat(listener.events.get(listener.events.size() - 1)).isEqualTo("done: 1 of 1 target(s) got an accepted candidate");
  }

  @Test
  void everyValidationOfATargetReplaysTheCallsRecordedForIt() {
    RecordedCallSource recorded = RecordedCallSource.of(List.of(
        RecordedCallSourceTest.batch("demo.Report#join(java.util.List)", 2),
        RecordedCallSourceTest.batch("demo.Report#add(int,int)", 1),
        RecordedCallSourceTest.batch("demo.Other#join(java.util.List)", 4)));
    CandidatePipeline p = pipeline(n -> false, list -> Stream.concat(list.stream(), list.stream()).toList());

    p.run(CandidatePipeline.Input.builder(root, List.of(JOIN)).recorded(recorded).build(), listener);

    assertThat(validated).hasSize(2).allSatisfy(r -> {
      assertThat(r.recorded().method()).isEqualTo("demo.Report#join(java.util.List)");
      assertThat(r.recorded().calls()).hasSize(2);
    });
    assertThat(listener.events).filteredOn(e -> e.contains("recorded"))
        .containsExactly("validate: replaying 2 recorded call(s) of demo.Report#join(java.util.List) after"
            + " the generated inputs");
  }

  @Test
  void validatesNoMoreThanTheCapAndSaysWhatWasLeftOut() {
    CandidatePipeline p = pipeline(n -> false, list -> Stream.concat(list.stream(), list.stream()).toList());
    CandidatePipeline.TargetResult r = p.run(CandidatePipeline.Input.builder(root, List.of(JOIN)).maxValidations(1).build(),
        listener).get(0);

    assertThat(validated).hasSize(1);
    assertThat(r.accepted()).isEqualTo(-1);
    assertThat(r.acceptedCandidate()).isNull();
    assertThat(r.verdicts()).containsOnlyKeys(0);
    assertThat(r.notValidated()).containsExactly(java.util.Map.entry(1, "beyond the validation cap of 1"));
    assertThat(listener.events).anyMatch(e -> e.contains("1 candidate(s) of " + JOIN + " beyond the validation cap of 1"));
  }

  @Test
  void startsNoValidationOnceTheTimeBudgetIsSpent() {
    CandidatePipeline p = pipeline(n -> true, list -> list);
    CandidatePipeline.TargetResult r = p.run(CandidatePipeline.Input.builder(root, List.of(JOIN))
        .timeBudget(Duration.ofNanos(-1)).build(), listener).get(0);

    assertThat(validated).isEmpty();
    assertThat(r.candidates()).isNotEmpty();
    assertThat(r.notValidated().get(0)).startsWith("the time budget of").endsWith("s was spent");
    assertThat(r.accepted()).isEqualTo(-1);
    assertThat(listener.events).anyMatch(e -> e.startsWith("validate: time budget of") && e.contains("not validated"));
  }

  @Test
  void aTargetWithoutCandidatesIsReportedWithTheReason() {
    CandidatePipeline p = pipeline(n -> true, list -> list);
    List<CandidatePipeline.TargetResult> results = p.run(
        CandidatePipeline.Input.builder(root, List.of(ADD, JOIN)).build(), listener);

    assertThat(results).extracting(CandidatePipeline.TargetResult::target).containsExactly(ADD, JOIN);
    assertThat(results.get(0).candidates()).isEmpty();
    assertThat(results.get(0).accepted()).isEqualTo(-1);
    assertThat(results.get(1).accepted()).isZero();
    assertThat(listener.events).contains("validate: no candidate for " + ADD + ": no recipe fired (no model configured)");
  }

  @Test
  void aRecipeThatSawItsAntiPatternAndRefusedItSaysWhichPreconditionFailed() throws IOException {
    // Tree recursion (the memoisation shape) that reads a mutable static field: caching by the
    // arguments alone would be wrong once the field changes, so the recipe refuses and says so.
    Files.writeString(root.resolve("demo/Stairs.java"), """
        package demo;

        public class Stairs {
          static int blocked = -1;

          public static long ways(int n) {
            if (n < 0 || n == blocked) return 0;
            if (n == 0) return 1;
            return ways(n - 1) + ways(n - 2);
          }
        }
        """);
    CandidatePipeline p = pipeline(n -> true, list -> list);
    CandidatePipeline.TargetResult r = p.run(
        CandidatePipeline.Input.builder(root, List.of("demo.Stairs#ways")).build(), listener).get(0);

    assertThat(r.candidates()).isEmpty();
    assertThat(listener.events).anyMatch(e -> e.startsWith("optimize: [recipes] demo.Stairs#ways: not fired:"
        + " recipe:missing-memoization: 'ways' calls itself 2 times but reads 'blocked'"));
    assertThat(listener.events).anyMatch(e -> e.startsWith("validate: no candidate for demo.Stairs#ways: no recipe fired"
        + " [recipe:missing-memoization: 'ways' calls itself 2 times but reads 'blocked'")
        && e.endsWith("(no model configured)"));
  }

  @Test
  void aTargetWhoseCandidatesWereAllDroppedSaysHowManyWereGeneratedAndWhy() {
    // A recipe that "fires" without changing anything: its outcome is the original, so it is dropped.
    Recipe noop = new NoChangeRecipe();
    List<String> drops = new ArrayList<>();
    RecordingListener recording = new RecordingListener() {
      @Override
      public void dropped(String target, String source, String reason) {
        drops.add(target + " " + source + ": " + reason);
      }
    };
    CandidatePipeline p = new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of(),
        new RecipeEngine(List.of(noop)), new ContextExtractor(), new PromptBuilder()), (request, l) -> {
          throw new AssertionError("nothing should be validated");
        }, list -> list);
    CandidatePipeline.TargetResult r = p.run(CandidatePipeline.Input.builder(root, List.of(ADD)).build(), recording).get(0);

    String why = "recipe:noop: its code is the original's (only layout or comments differ)";
    assertThat(r.candidates()).isEmpty();
    assertThat(r.generated()).isEqualTo(1);
    assertThat(r.dropped()).extracting(Object::toString).containsExactly(why);
    assertThat(drops).containsExactly(ADD + " " + why);
    assertThat(recording.events)
        .contains("optimize: [done] " + ADD + ": 0 candidate(s) for this target, 1 more dropped")
        .contains("validate: no candidate for " + ADD + ": 1 candidate(s) generated, 1 dropped: " + why)
        .noneMatch(e -> e.contains("no recipe fired"));
  }

  @Test
  void generationCountsEachTargetsOwnCandidates() {
    // Reported: with two targets, the second printed "1 candidate(s) so far" (the first's) and then "no recipe fired".
    CandidatePipeline p = pipeline(n -> false, list -> list);
    p.run(CandidatePipeline.Input.builder(root, List.of(JOIN, ADD)).build(), listener);

    assertThat(listener.events)
        .contains("optimize: [done] " + JOIN + ": 1 candidate(s) for this target")
        .contains("optimize: [done] " + ADD + ": 0 candidate(s) for this target")
        .contains("validate: no candidate for " + ADD + ": no recipe fired (no model configured)");
  }

  @Test
  void diffHeadersNameTheFileRelativeToTheSourceRootInAnyLayout() throws IOException {
    Path plain = Files.createDirectories(root.resolve("app/src/demo"));
    Files.writeString(plain.resolve("Report.java"), SOURCE);
    Path maven = Files.createDirectories(root.resolve("proj/src/main/java/demo"));
    Files.writeString(maven.resolve("Report.java"), SOURCE);
    CandidatePipeline p = pipeline(n -> false, list -> list);

    p.run(CandidatePipeline.Input.builder(root.resolve("app/src"), List.of(JOIN)).build(), listener);
    p.run(CandidatePipeline.Input.builder(root.resolve("proj/src/main/java"), List.of(JOIN)).build(), listener);
    // The server's case: one file of the app's registered source root.
    p.run(CandidatePipeline.Input.builder(plain.resolve("Report.java"), List.of(JOIN)).sourceRoot(root.resolve("app")).build(),
        listener);

    assertThat(validated).extracting(ValidationRequest::diffPath)
        .containsExactly("demo/Report.java", "demo/Report.java", "src/demo/Report.java");
  }

  @Test
  void inputRefusesARunWithoutACandidateSource() {
    assertThatThrownBy(() -> CandidatePipeline.Input.builder(root, List.of(JOIN)).useRecipes(false).useTemplates(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no candidate source");
    assertThatThrownBy(() -> CandidatePipeline.Input.builder(root, List.of()).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
