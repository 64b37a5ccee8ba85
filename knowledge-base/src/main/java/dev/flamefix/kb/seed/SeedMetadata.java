package dev.flamefix.kb.seed;

import java.util.Objects;

/**
 * The {@code case.json} next to a seed case's {@code Slow.java} and {@code Fast.java}: what the
 * case is and how fast the fix measured, with how that number was obtained.
 *
 * @param id unique, stable case id (kebab-case); also the name of the case's folder
 * @param category one of {@link SeedCategories#ALL}; also the name of the parent folder
 * @param summary one or two points, "1. ...; 2. ...", on how the fix saves time
 * @param method the method of {@code Slow}/{@code Fast} a caller runs, which the measuring tool
 *     benchmarks; {@code null} for cases driven through several calls on one object, which the
 *     validator's one-method benchmark cannot measure
 * @param rate slow time / fast time
 * @param rateError the propagated error of {@code rate} (from JMH's 99.9% half-widths)
 * @param measured how {@code rate} was measured
 */
public record SeedMetadata(String id, String category, String summary, String method,
    double rate, double rateError, Measured measured) {

  /** Checks the fields a loaded case needs. */
  public SeedMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(measured, "measured");
  }

  /**
   * Where a rate comes from, so every number in the corpus can be reproduced.
   *
   * @param date when it was measured (ISO date or instant)
   * @param jvm the JVM and machine it ran on
   * @param harness what ran the benchmark and on which inputs
   * @param jmh the JMH settings
   * @param command the command that measured it
   */
  public record Measured(String date, String jvm, String harness, String jmh, String command) {}

  /** This metadata with a new rate and its provenance. */
  public SeedMetadata withRate(double newRate, double newError, Measured how) {
    return new SeedMetadata(id, category, summary, method, newRate, newError, how);
  }
}
