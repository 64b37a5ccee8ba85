package dev.flamefix.pipeline.seed;

import java.util.Locale;

/**
 * What measuring one seed case gave, next to the rate the corpus stores.
 *
 * @param id the case id
 * @param storedRate the rate in the case's {@code case.json}
 * @param storedError its error
 * @param rate the newly measured rate (slow time / fast time), or {@code NaN} if not measured
 * @param error its propagated error, or {@code NaN}
 * @param problem why it was not measured, or {@code null}
 */
public record SeedMeasurement(String id, double storedRate, double storedError, double rate,
    double error, String problem) {

  /** Whether a new rate was measured. */
  public boolean measured() {
    return problem == null;
  }

  /** A case that could not be measured, and why. */
  public static SeedMeasurement failed(String id, double storedRate, double storedError,
      String problem) {
    return new SeedMeasurement(id, storedRate, storedError, Double.NaN, Double.NaN, problem);
  }

  /**
   * The error of {@code slow / fast} from the two scores' errors: relative errors add in
   * quadrature. An error JMH could not compute ({@code NaN}) counts as zero.
   */
  public static double rateError(double slow, double slowError, double fast, double fastError) {
    double rate = slow / fast;
    double relSlow = finiteOrZero(slowError) / slow;
    double relFast = finiteOrZero(fastError) / fast;
    return rate * Math.sqrt(relSlow * relSlow + relFast * relFast);
  }

  private static double finiteOrZero(double v) {
    return Double.isFinite(v) ? v : 0.0;
  }

  /** One line for the console: stored against measured. */
  public String describe() {
    String stored = String.format(Locale.ROOT, "stored %.2f ± %.2f", storedRate, storedError);
    return measured()
        ? String.format(Locale.ROOT, "%s: %s, measured %.2f ± %.2f", id, stored, rate, error)
        : id + ": " + stored + ", not measured: " + problem;
  }
}
