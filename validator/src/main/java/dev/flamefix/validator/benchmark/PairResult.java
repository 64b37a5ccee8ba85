package dev.flamefix.validator.benchmark;

/**
 * Original against candidate for one method.
 *
 * @param pair what was benchmarked
 * @param original the original's measurement, or {@code null} if JMH produced none
 * @param candidate the candidate's measurement, or {@code null}
 * @param speedup original score / candidate score (time per op), or 0 when missing
 * @param intervalsOverlap whether the two 99.9% confidence intervals overlap
 * @param error why there is no measurement, or {@code null}
 */
public record PairResult(BenchmarkPair pair, Measurement original, Measurement candidate,
    double speedup, boolean intervalsOverlap, String error) {}
