package dev.flamefix.server.proposals;

import dev.flamefix.validator.Verdict;
import dev.flamefix.validator.benchmark.Measurement;
import dev.flamefix.validator.benchmark.PairResult;
import dev.flamefix.validator.benchmark.TimeMetric;
import dev.flamefix.validator.differential.MethodReport;
import java.util.List;

/**
 * The validation evidence of a proposal in one flat shape for reviewers (the full report stays
 * in {@link Proposal#report()}).
 *
 * @param callsMade differential calls made (each on both versions), over the target methods
 * @param seed the random seed of the inputs
 * @param sampleInputs a few of the inputs tried
 * @param metric the time the acceptance rule compared ({@code CPU} or {@code WALL})
 * @param unit unit of the scores
 * @param original the original's score of the first target method, ± the 99.9% half-width
 * @param candidate the candidate's score
 * @param benchmarkCommand the command that ran JMH
 * @param recordedCalls what replaying recorded production calls did ("replayed 12 recorded calls,
 *     12 matched"), or null when the target had none
 */
public record Evidence(int callsMade, long seed, List<String> sampleInputs, String metric, String unit,
    Score original, Score candidate, String benchmarkCommand, String recordedCalls) {

  /**
   * One side's time.
   *
   * @param score mean per operation
   * @param error half-width of the 99.9% confidence interval
   */
  public record Score(double score, double error) {}

  /** The evidence in a verdict; parts the verdict lacks are null or 0. */
  public static Evidence of(Verdict v) {
    int calls = 0;
    long seed = 0;
    List<String> samples = List.of();
    if (v.differential() != null) {
      seed = v.differential().seed();
      if (v.differential().methods() != null) {
        calls = v.differential().methods().stream().mapToInt(MethodReport::calls).sum();
        samples = v.differential().methods().stream().flatMap(m -> m.sampleInputs() == null ? java.util.stream.Stream.<String>empty()
            : m.sampleInputs().stream()).limit(5).toList();
      }
    }
    Score original = null;
    Score candidate = null;
    String unit = null;
    String metric = null;
    String command = null;
    if (v.benchmark() != null && !v.benchmark().methods().isEmpty()) {
      PairResult pair = v.benchmark().methods().get(0);
      TimeMetric m = v.benchmark().metric();
      metric = m == null ? null : m.name();
      command = v.benchmark().command();
      original = score(pair.original(), m);
      candidate = score(pair.candidate(), m);
      unit = pair.original() == null ? null : pair.original().unit();
    }
    String recorded = v.differential() == null || v.differential().recorded() == null ? null
        : v.differential().recorded().summary();
    return new Evidence(calls, seed, samples, metric, unit, original, candidate, command, recorded);
  }

  private static Score score(Measurement x, TimeMetric m) {
    if (x == null) return null;
    return m == TimeMetric.CPU ? new Score(x.cpuScore(), x.cpuError()) : new Score(x.score(), x.error());
  }
}
