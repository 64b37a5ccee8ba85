package dev.flamefix.eval.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.flamefix.eval.suite.ProgramKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks EvalMetrics against the FasterPy formulas evaluated directly on hand-made outcomes:
 * every expected number below is derived from the outcome fields, not pasted.
 */
class EvalMetricsTest {

  // Runtimes in ns. a: correct 4x proposal; b: correct but only 1.05x (not %OPT); c: wrong
  // proposal; d: candidates rejected, untouched; e: no candidate; f: already-fast untouched;
  // g: already-fast with a (correct, not faster) proposal.
  private final ProgramOutcome a = ProgramOutcome.proposed("a", ProgramKind.RECIPE, 2, true, true, 8000, 2000);
  private final ProgramOutcome b = ProgramOutcome.proposed("b", ProgramKind.ALGORITHMIC, 1, true, true, 1050, 1000);
  private final ProgramOutcome c = ProgramOutcome.proposed("c", ProgramKind.RECIPE, 3, false, false, 5000, 100);
  private final ProgramOutcome d = ProgramOutcome.untouched("d", ProgramKind.ALGORITHMIC, 2, false, 3000)
      .withCorrectFasterRejected(1);
  private final ProgramOutcome e = ProgramOutcome.untouched("e", ProgramKind.RECIPE, 0, null, 700);
  private final ProgramOutcome f = ProgramOutcome.untouched("f", ProgramKind.ALREADY_FAST, 0, null, 400);
  private final ProgramOutcome g = ProgramOutcome.proposed("g", ProgramKind.ALREADY_FAST, 1, true, true, 600, 590);
  private final List<ProgramOutcome> all = List.of(a, b, c, d, e, f, g);

  @Test
  void pass1CountsFirstCandidatesAmongProgramsWithCandidates() {
    MetricsSummary s = EvalMetrics.compute(all);
    List<ProgramOutcome> attempted = all.stream().filter(o -> o.candidates() > 0).toList();
    long passed = attempted.stream().filter(ProgramOutcome::firstCandidatePassed).count();
    assertThat(s.attempted()).isEqualTo(attempted.size()).isEqualTo(5);
    assertThat(s.firstCandidatePassed()).isEqualTo(3);
    assertThat(s.pass1()).isCloseTo((double) passed / attempted.size(), within(1e-12));
  }

  @Test
  void percentOptUsesEquationSevenOverAllPrograms() {
    MetricsSummary s = EvalMetrics.compute(all);
    long optimized = all.stream()
        .filter(o -> o.proposed() && o.proposalCorrect()
            && o.optimizedRuntimeNs() * 1.1 < o.originalRuntimeNs())
        .count();
    assertThat(optimized).isEqualTo(1); // only a: b is 1.05x, c is wrong, g is 1.02x
    assertThat(s.optimized()).isEqualTo((int) optimized);
    assertThat(s.percentOpt()).isCloseTo((double) optimized / all.size(), within(1e-12));
  }

  @Test
  void speedupIsARatioOfMeansOverCorrectPrograms() {
    MetricsSummary s = EvalMetrics.compute(all);
    List<ProgramOutcome> correct = all.stream().filter(o -> !o.proposed() || o.proposalCorrect()).toList();
    double meanOriginal = correct.stream().mapToDouble(ProgramOutcome::originalRuntimeNs).average().orElseThrow();
    double meanResult = correct.stream()
        .mapToDouble(o -> o.proposed() ? o.optimizedRuntimeNs() : o.originalRuntimeNs())
        .average().orElseThrow();
    assertThat(s.correct()).isEqualTo(correct.size()).isEqualTo(6); // all but the wrong proposal c
    assertThat(s.runtimeMeanNs()).isCloseTo(meanResult, within(1e-9));
    assertThat(s.originalRuntimeMeanNs()).isCloseTo(meanOriginal, within(1e-9));
    assertThat(s.speedup()).isCloseTo(meanOriginal / meanResult, within(1e-12));
    // A mean of ratios would be a different number; the formula is a ratio of means.
    double meanOfRatios = correct.stream().mapToDouble(o -> o.originalRuntimeNs() / o.optimizedRuntimeNs()).average().orElseThrow();
    assertThat(s.speedup()).isNotCloseTo(meanOfRatios, within(1e-3));
    double geo = Math.exp(correct.stream().mapToDouble(o -> Math.log(o.originalRuntimeNs() / o.optimizedRuntimeNs())).average().orElseThrow());
    assertThat(s.geoMeanSpeedup()).isCloseTo(geo, within(1e-12));
  }

  @Test
  void soundnessCounts() {
    MetricsSummary s = EvalMetrics.compute(all);
    assertThat(s.wrongProposals()).isEqualTo((int) all.stream().filter(ProgramOutcome::wrongProposal).count()).isEqualTo(1);
    assertThat(s.alreadyFast()).isEqualTo(2);
    assertThat(s.alreadyFastUntouched()).isEqualTo(1);
    assertThat(s.correctFasterRejected()).isEqualTo(1);
  }

  @Test
  void baselineRowHasSpeedupOneAndNoPass1() {
    List<ProgramOutcome> baseline = all.stream()
        .map(o -> ProgramOutcome.untouched(o.programId(), o.kind(), 0, null, o.originalRuntimeNs()))
        .toList();
    MetricsSummary s = EvalMetrics.compute(baseline);
    assertThat(s.pass1()).isNull();
    assertThat(s.percentOpt()).isZero();
    assertThat(s.speedup()).isEqualTo(1.0);
    assertThat(s.runtimeMeanNs())
        .isCloseTo(all.stream().mapToDouble(ProgramOutcome::originalRuntimeNs).average().orElseThrow(), within(1e-9));
  }

  @Test
  void emptyRunHasNoRatios() {
    MetricsSummary s = EvalMetrics.compute(List.of());
    assertThat(s.programs()).isZero();
    assertThat(s.pass1()).isNull();
    assertThat(s.percentOpt()).isNull();
    assertThat(s.speedup()).isNull();
  }

  @Test
  void untouchedOutcomeKeepsTheOriginalRuntime() {
    ProgramOutcome o = new ProgramOutcome("x", ProgramKind.RECIPE, 0, null, false, null, 500, Double.NaN, 0, null);
    assertThat(o.optimizedRuntimeNs()).isEqualTo(500);
    assertThat(o.speedup()).isEqualTo(1.0);
  }

  @Test
  void impossibleOutcomesAreRefused() {
    assertThatThrownBy(() -> new ProgramOutcome("x", ProgramKind.RECIPE, 0, true, false, null, 1, 1, 0, null))
        .hasMessageContaining("firstCandidatePassed");
    assertThatThrownBy(() -> new ProgramOutcome("x", ProgramKind.RECIPE, 0, null, true, true, 1, 1, 0, null))
        .hasMessageContaining("a proposal needs a candidate");
    assertThatThrownBy(() -> ProgramOutcome.proposed("x", ProgramKind.RECIPE, 1, true, true, 0, 1))
        .hasMessageContaining("original runtime");
    assertThatThrownBy(() -> ProgramOutcome.proposed("x", ProgramKind.RECIPE, 1, true, true, 10, Double.NaN))
        .hasMessageContaining("optimized runtime");
  }
}
