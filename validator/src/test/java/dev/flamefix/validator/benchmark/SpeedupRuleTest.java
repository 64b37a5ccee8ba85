package dev.flamefix.validator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance rule on made-up measurements: no benchmark runs, nothing is timed. */
class SpeedupRuleTest {

  private static final SpeedupRule STRICT = new SpeedupRule(1.10, true);
  private static final BenchmarkPair PAIR = new BenchmarkPair("r", 0, 0, "dedupe(List)");

  /** A measurement with the given CPU mean ± error and wall mean ± error (us/op). */
  private static Measurement measured(double cpu, double cpuError, double wall, double wallError) {
    return new Measurement("b", wall, wallError, wall - wallError, wall + wallError, "us/op", 15,
        cpu, cpuError, cpu - cpuError, cpu + cpuError);
  }

  private static PairResult cpu(double original, double originalError, double candidate,
      double candidateError) {
    return PairResult.compare(PAIR, measured(original, originalError, 1, 0.1),
        measured(candidate, candidateError, 1, 0.1), TimeMetric.CPU);
  }

  @Test
  void clearlyFasterWithDisjointIntervalsIsAccepted() {
    PairResult p = cpu(300, 20, 30, 3);
    assertThat(p.speedup()).isEqualTo(10.0);
    assertThat(p.intervalsOverlap()).isFalse();
    assertThat(STRICT.rejection(List.of(p))).isNull();
    assertThat(SpeedupRule.acceptance(List.of(p)))
        .contains("dedupe(List) 10.00x")
        .contains("300.000 ± 20.000 us/op CPU");
  }

  @Test
  void belowTheMinimumSpeedupIsRefusedEvenWhenIntervalsAreDisjoint() {
    PairResult p = cpu(105, 0.1, 100, 0.1);
    assertThat(p.intervalsOverlap()).isFalse();
    assertThat(STRICT.rejection(List.of(p)))
        .startsWith("not faster enough: dedupe(List) speed-up 1.05x < required 1.10x");
    assertThat(new SpeedupRule(1.0, true).rejection(List.of(p))).isNull();
  }

  @Test
  void exactlyTheMinimumSpeedupIsEnough() {
    assertThat(STRICT.rejection(List.of(cpu(110, 1, 100, 1)))).isNull();
  }

  @Test
  void overlappingIntervalsAreRefusedOnlyWhenDisjointIntervalsAreRequired() {
    // The case issue 12 reported from a loaded machine: 5.586 ± 0.696 against 4.781 ± 0.789.
    PairResult p = cpu(5.586, 0.696, 4.781, 0.789);
    assertThat(p.intervalsOverlap()).isTrue();
    assertThat(p.speedup()).isGreaterThan(1.10);
    assertThat(STRICT.rejection(List.of(p)))
        .startsWith("not proven faster: dedupe(List) confidence intervals overlap")
        .contains("5.586 ± 0.696 us/op CPU").contains("4.781 ± 0.789 us/op CPU");
    assertThat(new SpeedupRule(1.10, false).rejection(List.of(p))).isNull();
  }

  @Test
  void intervalsThatOnlyTouchCountAsOverlapping() {
    assertThat(cpu(200, 50, 100, 50).intervalsOverlap()).isTrue();
    assertThat(cpu(200, 49, 100, 50).intervalsOverlap()).isFalse();
  }

  @Test
  void aSlowerCandidateWithDisjointIntervalsIsRefused() {
    PairResult p = cpu(100, 1, 300, 1);
    assertThat(p.intervalsOverlap()).isFalse();
    assertThat(STRICT.rejection(List.of(p))).startsWith("not faster enough");
  }

  @Test
  void theMetricDecidesWhichNumbersAreCompared() {
    // Faster in wall time only: refused on CPU time, accepted on wall time.
    Measurement original = measured(100, 1, 300, 1);
    Measurement candidate = measured(100, 1, 30, 1);
    PairResult onCpu = PairResult.compare(PAIR, original, candidate, TimeMetric.CPU);
    PairResult onWall = PairResult.compare(PAIR, original, candidate, TimeMetric.WALL);
    assertThat(onCpu.speedup()).isEqualTo(1.0);
    assertThat(onCpu.wallSpeedup()).isEqualTo(10.0);
    assertThat(STRICT.rejection(List.of(onCpu))).startsWith("not faster enough");
    assertThat(onWall.speedup()).isEqualTo(10.0);
    assertThat(STRICT.rejection(List.of(onWall))).isNull();
    assertThat(SpeedupRule.acceptance(List.of(onWall))).contains("300.000 ± 1.000 us/op wall");
  }

  @Test
  void missingCpuSamplesAreAnErrorNotASpeedup() {
    PairResult p = cpu(0, 0, 30, 1);
    assertThat(p.error()).contains("no CPU-time samples");
    assertThat(STRICT.rejection(List.of(p))).startsWith("not benchmarked: dedupe(List): no CPU");
    assertThat(new SpeedupRule(1.0, false).rejection(List.of(p))).startsWith("not benchmarked");
    assertThat(SpeedupRule.measuredNothing(List.of(cpu(300, 1, 30, 1), p))).isTrue();
  }

  @Test
  void onlyResultsWithoutAMeasurementAreUnmeasured() {
    assertThat(SpeedupRule.measuredNothing(List.of())).isTrue();
    assertThat(SpeedupRule.measuredNothing(List.of(cpu(300, 1, 30, 1)))).isFalse();
    assertThat(SpeedupRule.measuredNothing(List.of(cpu(100, 1, 99, 1)))).isFalse();
  }

  @Test
  void everyMethodMustPassAndTheFirstFailureIsNamed() {
    PairResult fast = cpu(300, 1, 30, 1);
    PairResult slow = PairResult.compare(new BenchmarkPair("r", 0, 1, "total(List)"),
        measured(100, 1, 1, 0.1), measured(99, 1, 1, 0.1), TimeMetric.CPU);
    assertThat(STRICT.rejection(List.of(fast, slow))).contains("total(List)");
    assertThat(STRICT.rejection(List.of())).isEqualTo("not benchmarked: JMH produced no results");
  }
}
