package dev.flamefix.server.optimize;

import dev.flamefix.pipeline.CandidatePipeline;
import dev.flamefix.validator.ValidationOptions;
import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.TimeMetric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code flamefix.optimize.*}: how optimization jobs run.
 *
 * @param concurrentJobs jobs running at once on this server (validation is CPU heavy; default 1)
 * @param maxValidations candidates validated per target at most, in the bandit's order (default 4)
 * @param timeBudget default time budget of one job (default 15 min)
 * @param feedbackRounds default feedback rounds per target: a model whose answer was rejected or
 *     unusable is told why and answers again (0..5, default 2)
 * @param maxAttempts starts of one job before a restart marks it failed instead of resuming (default 2)
 * @param maxRequestSize largest accepted request body (default 1MB)
 * @param wattsPerCore power of one busy core, for the kWh savings estimate (default 10 W)
 * @param validator the validator's settings
 */
@ConfigurationProperties("flamefix.optimize")
public record OptimizeProperties(
    Integer concurrentJobs,
    Integer maxValidations,
    Duration timeBudget,
    Integer feedbackRounds,
    Integer maxAttempts,
    DataSize maxRequestSize,
    Double wattsPerCore,
    Validation validator) {

  public OptimizeProperties {
    concurrentJobs = concurrentJobs == null || concurrentJobs < 1 ? 1 : concurrentJobs;
    maxValidations = maxValidations == null || maxValidations < 1 ? 4 : maxValidations;
    timeBudget = timeBudget == null ? Duration.ofMinutes(15) : timeBudget;
    feedbackRounds = feedbackRounds == null ? CandidatePipeline.Input.DEFAULT_FEEDBACK_ROUNDS
        : Math.max(0, Math.min(CandidatePipeline.Input.MAX_FEEDBACK_ROUNDS, feedbackRounds));
    maxAttempts = maxAttempts == null || maxAttempts < 1 ? 2 : maxAttempts;
    maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
    wattsPerCore = wattsPerCore == null || wattsPerCore <= 0 ? 10.0 : wattsPerCore;
    validator = validator == null ? new Validation(null, null, null, null, null, null, null, null, null, null, null, null) : validator;
  }

  /**
   * {@code flamefix.optimize.validator.*}; JMH settings are configurable so tests can use short
   * runs (the ratio of two versions measured in one run is what counts).
   */
  public record Validation(
      Integer heapMegabytes,
      Integer callsPerMethod,
      Double minSpeedup,
      String timeMetric,
      Integer forks,
      Integer warmupIterations,
      Integer warmupMillis,
      Integer measurementIterations,
      Integer measurementMillis,
      Integer inputSize,
      Boolean isolateNetwork,
      Path workDir) {

    /** The validator options these settings stand for, defaults where unset. */
    public ValidationOptions toOptions() {
      ValidationOptions.Builder b = ValidationOptions.builder();
      BenchmarkSettings d = BenchmarkSettings.defaults();
      b.benchmark(new BenchmarkSettings(or(forks, d.forks()), or(warmupIterations, d.warmupIterations()),
          or(warmupMillis, d.warmupMillis()), or(measurementIterations, d.measurementIterations()),
          or(measurementMillis, d.measurementMillis()), or(inputSize, d.inputSize())));
      if (heapMegabytes != null) b.heapMegabytes(heapMegabytes);
      if (callsPerMethod != null) b.callsPerMethod(callsPerMethod);
      if (minSpeedup != null) b.minSpeedup(minSpeedup);
      if (timeMetric != null && !timeMetric.isBlank()) b.timeMetric(TimeMetric.valueOf(timeMetric.trim().toUpperCase(Locale.ROOT)));
      if (isolateNetwork != null) b.isolateNetwork(isolateNetwork);
      if (workDir != null) b.workDir(workDir);
      return b.build();
    }

    private static int or(Integer v, int d) {
      return v == null ? d : v;
    }
  }
}
