package dev.flamefix.validator.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark half of the acceptance rule: every benchmarked method of a candidate must be at
 * least {@code minSpeedup} times faster in the pair's metric and, when required, the two 99.9%
 * confidence intervals must be disjoint. Pure arithmetic on {@link PairResult}s, so it is tested
 * on made-up measurements without timing anything.
 *
 * @param minSpeedup original time / candidate time needed
 * @param requireDisjointIntervals whether overlapping confidence intervals refuse the candidate
 */
public record SpeedupRule(double minSpeedup, boolean requireDisjointIntervals) {

  /**
   * Why these results do not show the candidate faster, naming the first method that fails, or
   * {@code null} when they do.
   */
  public String rejection(List<PairResult> results) {
    if (results.isEmpty()) {
      return "not benchmarked: JMH produced no results";
    }
    for (PairResult p : results) {
      if (p.error() != null) {
        return "not benchmarked: " + p.pair().signature() + ": " + p.error();
      }
      if (!(p.speedup() >= minSpeedup)) {
        return String.format(Locale.ROOT, "not faster enough: %s speed-up %.2fx < required %.2fx"
            + " (original %s, candidate %s)", p.pair().signature(), p.speedup(), minSpeedup,
            score(p, p.original()), score(p, p.candidate()));
      }
      if (requireDisjointIntervals && p.intervalsOverlap()) {
        return String.format(Locale.ROOT, "not proven faster: %s confidence intervals overlap"
            + " (original %s, candidate %s)", p.pair().signature(), score(p, p.original()),
            score(p, p.candidate()));
      }
    }
    return null;
  }

  /**
   * Whether these results lack a measurement (none at all, or a method without one: the JMH run
   * timed out or recorded no samples). Such a candidate is unproven, never "not faster": nothing
   * was learnt about its speed.
   */
  public static boolean measuredNothing(List<PairResult> results) {
    return results.isEmpty() || results.stream().anyMatch(p -> p.error() != null);
  }

  /** The reason of an accepted candidate: each method's speed-up and scores. */
  public static String acceptance(List<PairResult> results) {
    StringBuilder out = new StringBuilder("accepted: behaves identically and is faster");
    for (PairResult p : results) {
      out.append(String.format(Locale.ROOT, "; %s %.2fx (original %s, candidate %s)",
          p.pair().signature(), p.speedup(), score(p, p.original()), score(p, p.candidate())));
    }
    return out.toString();
  }

  private static String score(PairResult p, Measurement m) {
    return String.format(Locale.ROOT, "%.3f ± %.3f us/op %s", m.score(p.metric()),
        m.error(p.metric()), p.metric() == TimeMetric.CPU ? "CPU" : "wall");
  }
}
