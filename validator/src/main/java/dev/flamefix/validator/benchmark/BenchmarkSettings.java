package dev.flamefix.validator.benchmark;

import java.time.Duration;

/**
 * JMH settings for one comparison. Mode is average time per operation; one operation calls the
 * method once on each of {@link dev.flamefix.validator.differential.BenchmarkFixture#INPUTS}
 * representative inputs.
 *
 * @param forks JMH forks per benchmark (at least 1: results from the harness JVM are not trusted)
 * @param warmupIterations warm-up iterations per fork
 * @param warmupMillis length of each warm-up iteration
 * @param measurementIterations measured iterations per fork
 * @param measurementMillis length of each measured iteration
 * @param inputSize elements in each top-level collection or array of the inputs to start from;
 *     the fixture doubles it while one operation of the original is too cheap to measure
 *     (see {@code InputSizing} in the differential package)
 */
public record BenchmarkSettings(int forks, int warmupIterations, int warmupMillis,
    int measurementIterations, int measurementMillis, int inputSize) {

  /** Validates the settings. */
  public BenchmarkSettings {
    if (forks < 1) {
      throw new IllegalArgumentException("forks must be >= 1 (got " + forks + ")");
    }
    if (warmupIterations < 0 || measurementIterations < 2 || warmupMillis < 10
        || measurementMillis < 10 || inputSize < 1) {
      throw new IllegalArgumentException("implausible JMH settings: " + this);
    }
  }

  /**
   * The default for a single validation: 1 fork, 8 x 200 ms warm-up, 20 x 150 ms measurement,
   * 300-element inputs. About 5.2 s per benchmark including the fork; see docs/validator.md for
   * how these were chosen.
   */
  public static BenchmarkSettings defaults() {
    return new BenchmarkSettings(1, 8, 200, 20, 150, 300);
  }

  /** Short settings for batches of clearly different pairs (about 4 s per benchmark). */
  public static BenchmarkSettings quick() {
    return new BenchmarkSettings(1, 6, 200, 15, 150, 300);
  }

  /**
   * Settings of a run that only starts its forks, as short as JMH allows: no warm-up, two
   * measured iterations of 10 ms. {@link BenchmarkRunner} sizes the inputs with it.
   */
  public static BenchmarkSettings sizingOnly(int inputSize) {
    return new BenchmarkSettings(1, 0, 10, 2, 10, inputSize);
  }

  /** Rough wall time of one benchmark with these settings, fork start included. */
  public long estimatedMillisPerBenchmark() {
    return forks * (600L + (long) warmupIterations * warmupMillis
        + (long) measurementIterations * measurementMillis);
  }

  /**
   * Wall-clock limit of one JMH child running {@code benchmarks} benchmarks on an idle machine: a
   * safety net against hangs, not an estimate. Twice the expected time, plus 20 s for the child's
   * own start-up and 5 s per fork start, which on a busy machine takes seconds rather than the
   * estimate's 0.6 s.
   */
  public Duration timeLimit(int benchmarks) {
    return timeLimit(benchmarks, 1);
  }

  /**
   * The limit of {@link #timeLimit(int)} on a machine with {@code loadPerCore} runnable threads
   * per core ({@link MachineLoad#perCore()}). JMH's iterations last their wall time whatever the
   * load, but everything around them (JVM starts, class loading, JIT, building the inputs) gets a
   * share of a core that shrinks as load grows (in a replay run at load 4 to 14 on 2 cores, six
   * pairs hit the idle limit and measured nothing). So the limit grows in
   * proportion, up to {@link #MAX_LOAD_SCALE} times, which still ends a truly hung child.
   */
  public Duration timeLimit(int benchmarks, double loadPerCore) {
    double scale = Double.isNaN(loadPerCore) ? 1 : Math.min(MAX_LOAD_SCALE, Math.max(1, loadPerCore));
    long idle = 20_000 + 2L * benchmarks * (estimatedMillisPerBenchmark() + forks * FORK_START_MILLIS);
    return Duration.ofMillis(Math.round(idle * scale));
  }

  /** The most {@link #timeLimit(int, double)} stretches the idle limit for load. */
  public static final double MAX_LOAD_SCALE = 4;

  /** Allowance for one JMH fork to start on a busy machine. */
  private static final long FORK_START_MILLIS = 5_000;
}
