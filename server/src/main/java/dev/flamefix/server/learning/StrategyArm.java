package dev.flamefix.server.learning;

/**
 * What the bandit knows about one candidate strategy ({@code recipe:<id>}, {@code
 * recipe:<id>+<id>} or {@code model:<name>}).
 *
 * @param strategy the candidate source the arm stands for
 * @param tried validated candidates from this strategy
 * @param accepted of those, how many the validator accepted with a speed-up
 * @param rejectedByReview accepted proposals a reviewer then rejected (they count as failures)
 * @param approvedByReview proposals a reviewer accepted
 * @param meanReward successes / tried, where a success is a validator acceptance not later rejected
 * @param meanSpeedup mean measured speed-up of the accepted candidates (0 when none)
 * @param alpha the Beta posterior's first parameter, successes + 1
 * @param beta the Beta posterior's second parameter, failures + 1
 */
public record StrategyArm(
    String strategy,
    long tried,
    long accepted,
    long rejectedByReview,
    long approvedByReview,
    double meanReward,
    double meanSpeedup,
    double alpha,
    double beta) {

  /** An arm from raw counts. */
  public static StrategyArm of(
      String strategy, long tried, long accepted, long rejectedByReview, long approvedByReview, double meanSpeedup) {
    long successes = Math.max(0, accepted - rejectedByReview);
    long failures = Math.max(0, tried - successes);
    double mean = tried == 0 ? 0 : (double) successes / tried;
    return new StrategyArm(strategy, tried, accepted, rejectedByReview, approvedByReview, mean, meanSpeedup,
        successes + 1.0, failures + 1.0);
  }

  /** An arm never tried: the uniform prior Beta(1, 1). */
  public static StrategyArm untried(String strategy) {
    return of(strategy, 0, 0, 0, 0, 0);
  }
}
