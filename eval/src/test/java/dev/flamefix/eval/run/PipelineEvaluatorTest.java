package dev.flamefix.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.eval.baseline.WorkloadTimer;
import dev.flamefix.eval.metrics.ProgramOutcome;
import dev.flamefix.eval.suite.EvalProgram;
import dev.flamefix.eval.suite.EvalSuite;
import dev.flamefix.eval.suite.ProgramKind;
import dev.flamefix.eval.suite.ProgramTester;
import dev.flamefix.optimizer.Optimizer;
import dev.flamefix.optimizer.model.ExchangeLog;
import dev.flamefix.optimizer.model.ModelClient;
import dev.flamefix.optimizer.model.ModelOptions;
import dev.flamefix.optimizer.retrieval.SuggestionSource;
import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.Validator;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real optimizer, validator, suite tests and JMH on three small programs, with short JMH
 * settings. Each test pays for child JVMs and JMH forks, so the programs are the suite's cheapest
 * of their kind.
 */
class PipelineEvaluatorTest {

  private static Map<String, EvalProgram> suite;

  @TempDir Path dir;

  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void loadSuite() {
    suite = EvalSuite.loadBundled().stream().collect(Collectors.toMap(EvalProgram::id, Function.identity()));
  }

  private PipelineEvaluator evaluator(Optimizer optimizer, boolean useModels) {
    // Short JMH stages: the validator's time limit for a JMH child is 20 s + 4x the estimated
    // benchmark time, so short stages leave the most slack on a loaded machine; r03's fix is
    // ~17x faster, far outside these intervals.
    Validator validator = new Validator(ValidationOptions.builder()
        .benchmark(new BenchmarkSettings(1, 3, 100, 10, 100, 300))
        .workDir(dir)
        .build());
    return evaluator(new CandidatePipeline(optimizer, validator, list -> list), useModels);
  }

  private PipelineEvaluator evaluator(CandidatePipeline pipeline, boolean useModels) {
    return new PipelineEvaluator(pipeline, useModels, new ProgramTester(),
        new WorkloadTimer.Settings(1, 1, 3, 100), dir.resolve("work"), log::add);
  }

  @Test
  void recipeThatFiresIsValidatedProposedCheckedAndTimed() throws Exception {
    EvalProgram program = suite.get("r03-payroll-audit");
    ProgramOutcome o = evaluator(new Optimizer(SuggestionSource.none(), List.of()), false).evaluate(program);

    assertThat(o.programId()).isEqualTo("r03-payroll-audit");
    assertThat(o.candidates()).isGreaterThanOrEqualTo(1);
    assertThat(o.firstCandidatePassed()).isTrue();
    assertThat(o.proposed()).as("validator verdicts: %s", log).isTrue();
    assertThat(o.proposalCorrect()).isTrue();
    assertThat(o.wrongProposal()).isFalse();
    // The fix replaces List.contains in a loop with a HashSet: tens of times faster even on a busy machine.
    assertThat(o.speedup()).isGreaterThan(1.1);
    assertThat(o.optimized()).isTrue();
    assertThat(o.detail()).startsWith("proposed recipe:linear-search-in-loop");
  }

  @Test
  void correctFasterCandidateTheValidatorRejectedIsCountedAsTheValidatorsLoss() throws Exception {
    // A validation step that rejects everything: r03's recipe candidate passes the suite's tests
    // and is tens of times faster, so the evaluation must charge the rejection to the validator.
    EvalProgram program = suite.get("r03-payroll-audit");
    CandidatePipeline rejecting = new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of()),
        (request, listener) -> new Verdict(request.id(), false, "rejected by the test", Stage.BENCHMARK,
            request.className(), request.targetMethods(), null, null, null, null, null, "", 1),
        list -> list);
    ProgramOutcome o = evaluator(rejecting, false).evaluate(program);

    assertThat(o.proposed()).isFalse();
    assertThat(o.candidates()).isGreaterThanOrEqualTo(1);
    assertThat(o.firstCandidatePassed()).isTrue();
    assertThat(o.correctFasterRejected()).as("log: %s", log).isEqualTo(1);
    assertThat(o.detail()).contains("recipe:linear-search-in-loop rejected at BENCHMARK: rejected by the test");
  }

  @Test
  void correctFasterCandidateLeftUnprovenIsNotCountedAsRejected() throws Exception {
    // A validation step that could not run differential testing: nothing was judged wrong, so the
    // candidate is named as unproven in the detail and not charged as a rejection.
    EvalProgram program = suite.get("r03-payroll-audit");
    CandidatePipeline unproven = new CandidatePipeline(new Optimizer(SuggestionSource.none(), List.of()),
        (request, listener) -> new Verdict(request.id(), Verdict.Outcome.UNPROVEN,
            "unproven: differential testing could not run: cannot build p.C", Stage.DIFFERENTIAL,
            request.className(), request.targetMethods(), null, null, null, null, null, "", 1),
        list -> list);
    ProgramOutcome o = evaluator(unproven, false).evaluate(program);

    assertThat(o.proposed()).isFalse();
    assertThat(o.firstCandidatePassed()).isTrue();
    assertThat(o.correctFasterRejected()).as("log: %s", log).isZero();
    assertThat(o.detail()).startsWith("1 correct and faster candidate(s) unproven")
        .contains("recipe:linear-search-in-loop unproven at DIFFERENTIAL: unproven: differential testing could not run");
  }

  @Test
  void alreadyFastProgramIsLeftUntouchedAndTimedOnce() throws Exception {
    EvalProgram program = suite.get("f04-counter-sum");
    assertThat(program.kind()).isEqualTo(ProgramKind.ALREADY_FAST);
    ProgramOutcome o = evaluator(new Optimizer(SuggestionSource.none(), List.of()), false).evaluate(program);

    assertThat(o.proposed()).isFalse();
    assertThat(o.candidates()).isZero();
    assertThat(o.firstCandidatePassed()).isNull();
    assertThat(o.originalRuntimeNs()).isPositive();
    assertThat(o.optimizedRuntimeNs()).isEqualTo(o.originalRuntimeNs());
    assertThat(o.detail()).isEqualTo("no candidate");
    // JMH's own progress goes to a log next to the run, not to the command's standard output.
    assertThat(java.nio.file.Files.readString(dir.resolve("work/f04-counter-sum/jmh/jmh.log")))
        .contains("WorkloadBenchmark.run");
  }

  @Test
  void wrongCandidateFailsTheSuiteTestsAndIsNotProposed() throws Exception {
    // An algorithmic program: no recipe fires. A scripted model (a test double, not a model) answers
    // with a plausible rewrite that reports unreachable nodes as -2 instead of -1.
    EvalProgram program = suite.get("a09-network-hops");
    String wrong = program.slowSource()
        .substring(program.slowSource().indexOf("  /**"), program.slowSource().lastIndexOf('}'))
        .replace("dist[i] = -1;", "dist[i] = -2;");
    ChatModel scripted = new ChatModel() {
      @Override
      public ChatResponse doChat(ChatRequest request) {
        return ChatResponse.builder().aiMessage(AiMessage.from("```java\n" + wrong + "\n```")).build();
      }
    };
    ModelOptions options = ModelOptions.builder().baseUrl("http://127.0.0.1:9/v1").modelName("scripted")
        .candidates(1).timeout(Duration.ofSeconds(5)).build();
    try (ModelClient client = new ModelClient(options, new ExchangeLog(), i -> scripted)) {
      ProgramOutcome o = evaluator(new Optimizer(SuggestionSource.none(), List.of(client)), true).evaluate(program);

      assertThat(o.candidates()).isEqualTo(1);
      assertThat(o.firstCandidatePassed()).isFalse();
      assertThat(o.proposed()).as("validator verdicts: %s", log).isFalse();
      assertThat(o.wrongProposal()).isFalse();
      assertThat(o.correctFasterRejected()).isZero();
      assertThat(o.detail()).contains("model:scripted rejected at");
      assertThat(log).anyMatch(l -> l.contains("candidate-1 fails the suite's tests"));
    }
  }
}
