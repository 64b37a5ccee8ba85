package dev.flamefix.validator.benchmark;

/**
 * Original against candidate for one method.
 *
 * @param pair what was benchmarked
 * @param original the original's measurement, or {@code null} if JMH produced none
 * @param candidate the candidate's measurement, or {@code null}
 * @param metric the time the speed-up and the interval check are based on
 * @param speedup original time / candidate time in {@code metric}, or 0 when missing
 * @param intervalsOverlap whether the two 99.9% confidence intervals of {@code metric} overlap
 * @param wallSpeedup the same ratio in wall time, for the record
 * @param error why there is no measurement, or {@code null}
 * @param inputSize elements in each top-level collection or array of the inputs both sides ran
 *     on, as the fixture sized them; 0 when unknown
 */
public record PairResult(BenchmarkPair pair, Measurement original, Measurement candidate,
    TimeMetric metric, double speedup, boolean intervalsOverlap, double wallSpeedup,
    String error, int inputSize) {

  /**
   * Compares two measurements of {@code pair} in {@code metric}: the speed-up is the ratio of the
   * mean scores, and the intervals overlap unless one lies entirely below the other. An error
   * result when the metric has no samples (a CPU score of 0).
   */
  public static PairResult compare(BenchmarkPair pair, Measurement original,
      Measurement candidate, TimeMetric metric) {
    double wallSpeedup = original.score() / candidate.score();
    if (original.score(metric) <= 0 || candidate.score(metric) <= 0) {
      return new PairResult(pair, original, candidate, metric, 0, true, wallSpeedup,
          "no " + metric + "-time samples were recorded", 0);
    }
    double speedup = original.score(metric) / candidate.score(metric);
    boolean overlap = !(candidate.high(metric) < original.low(metric)
        || original.high(metric) < candidate.low(metric));
    return new PairResult(pair, original, candidate, metric, speedup, overlap, wallSpeedup, null,
        0);
  }

  /** This result with the input size the benchmark ran on. */
  public PairResult withInputSize(int size) {
    return new PairResult(pair, original, candidate, metric, speedup, intervalsOverlap,
        wallSpeedup, error, size);
  }
}
