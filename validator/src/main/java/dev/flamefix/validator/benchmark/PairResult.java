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
 */
public record PairResult(BenchmarkPair pair, Measurement original, Measurement candidate,
    TimeMetric metric, double speedup, boolean intervalsOverlap, double wallSpeedup,
    String error) {}
