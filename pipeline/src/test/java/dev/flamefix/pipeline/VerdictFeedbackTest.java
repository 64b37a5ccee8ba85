package dev.flamefix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flamefix.optimizer.feedback.Feedback;
import dev.flamefix.optimizer.feedback.ProfileEvidence;
import dev.flamefix.validator.Stage;
import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.BenchmarkPair;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.Measurement;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.benchmark.TimeMetric;
import dev.flamefix.validator.compile.CompileError;
import dev.flamefix.validator.compile.CompileResult;
import dev.flamefix.validator.coverage.CoverageReport;
import dev.flamefix.validator.differential.DifferentialResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a model is told about each kind of verdict. */
class VerdictFeedbackTest {
  private static final String CANDIDATE = """
      package demo;
      public class Digits {
        public static int count(String s) {
          int n = undefined;
          if (s.hashCode() == 7) n += 1000;
          return n;
        }
      }
      """;

  private static Verdict verdict(Verdict.Outcome outcome, String reason, Stage stage, CompileResult compile,
      DifferentialResult differential, Verdict.Benchmark benchmark) {
    return new Verdict("c0-0", outcome, reason, stage, "demo.Digits", List.of("count"), compile, null, differential,
        benchmark, null, "", 1);
  }

  @Test
  void aCompileErrorQuotesTheLineOfTheModelsVersionWithoutInternalNames() {
    CompileResult compile = new CompileResult(false, List.of(new CompileError("candidate", 4, 15,
        "cannot find symbol: variable undefined in demo.Digits__candidate")), "demo.Digits__candidate");
    Feedback f = VerdictFeedback.of(verdict(Verdict.Outcome.REJECTED, "candidate does not compile", Stage.COMPILE,
        compile, null, null), CANDIDATE, ProfileEvidence.NONE);
    assertThat(f.outcome()).isEqualTo("rejected");
    assertThat(f.details()).containsExactly(
        "compile error at line 4 `int n = undefined;`: cannot find symbol: variable undefined in demo.Digits");
  }

  @Test
  void unprovenQuotesTheChangedLinesNoInputReached() {
    CoverageReport.Side original = new CoverageReport.Side("original", "demo.Digits", List.of(4), List.of(4),
        List.of(), List.of(), 0, 0, 5, 5);
    CoverageReport.Side candidate = new CoverageReport.Side("candidate", "demo.Digits__candidate", List.of(4, 5),
        List.of(4, 5), List.of(5), List.of(), 1, 2, 5, 6);
    DifferentialResult d = new DifferentialResult("c0-0", "COMPLETED", true, 1, List.of(), null, null,
        new CoverageReport(true, false, original, candidate, 0, null));
    Feedback f = VerdictFeedback.of(verdict(Verdict.Outcome.UNPROVEN, "unproven: inputs never reached line 5",
        Stage.DIFFERENTIAL, null, d, null), CANDIDATE, ProfileEvidence.share(0.3));
    assertThat(f.outcome()).isEqualTo("unproven");
    assertThat(f.details()).containsExactly(
        "no generated input reached these changed lines of your version, so nothing shows they are right:",
        "line 5 `if (s.hashCode() == 7) n += 1000;`");
    assertThat(f.evidence().selfShare()).isEqualTo(0.3);
  }

  @Test
  void notFasterGivesTheMeasuredTimesAndTheRule() {
    Measurement original = new Measurement("o", 0.02, 0.001, 0.019, 0.021, "us/op", 15, 0.0200, 0.001, 0.019, 0.021);
    Measurement candidate = new Measurement("c", 0.019, 0.001, 0.018, 0.020, "us/op", 15, 0.0190, 0.001, 0.018, 0.020);
    PairResult p = PairResult.compare(new BenchmarkPair("c0-0", 0, 0, "count(String)"), original, candidate, TimeMetric.CPU);
    Verdict.Benchmark b = new Verdict.Benchmark(List.of(p), BenchmarkSettings.defaults(), TimeMetric.CPU, 1.1, true, "java ...");
    Feedback f = VerdictFeedback.of(verdict(Verdict.Outcome.REJECTED, "not faster: 1.05x", Stage.DECIDED, null, null, b),
        CANDIDATE, ProfileEvidence.NONE);
    assertThat(f.details()).containsExactly("count(String): original 0.0200 us/op, your version 0.0190 us/op (cpu time): "
        + "1.05x; accepted from 1.10x with non-overlapping 99.9% intervals (the intervals overlap)");
  }
}
