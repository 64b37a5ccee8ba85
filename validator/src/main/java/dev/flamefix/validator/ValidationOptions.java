package dev.flamefix.validator;

import dev.flamefix.validator.benchmark.BenchmarkSettings;
import dev.flamefix.validator.benchmark.TimeMetric;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How strict and how long a validation is. Build with {@link #builder()}; every setting has a
 * default suited to one candidate on a 2-core machine.
 *
 * @param heapMegabytes {@code -Xmx} of every child JVM (default 256)
 * @param childTimeLimit wall-clock limit of the differential child per candidate (default 60 s)
 * @param callTimeout one call longer than this counts as an infinite loop (default 5 s)
 * @param testTimeLimit wall-clock limit of the project's test command (default 10 min)
 * @param callsPerMethod differential calls per target method (default 500)
 * @param seed random seed of input generation (default 20261121; recorded in the report)
 * @param relativeTolerance allowed relative difference of floating-point results (default 1e-9)
 * @param absoluteTolerance allowed absolute difference near zero (default 1e-12)
 * @param minSpeedup original time / candidate time needed to accept (default 1.10)
 * @param requireNonOverlappingIntervals whether the 99.9% confidence intervals must be disjoint
 *     (default true)
 * @param benchmark JMH settings (default {@link BenchmarkSettings#defaults()})
 * @param timeMetric which time the acceptance rule compares (default {@link TimeMetric#CPU});
 *     both are measured and reported
 * @param isolateNetwork whether children get no network where the OS allows (default true)
 * @param confine whether children run confined where the OS allows: no writes outside their
 *     scratch directory, no view of the home, work and private directories, no process starts
 *     (default true; see {@code sandbox.Confinement})
 * @param privateDirs directories children must not see besides {@code /tmp}, the home directory
 *     and {@code workDir}, e.g. flamefix's data directory (default none)
 * @param workDir where scratch directories go (default the system temp dir)
 * @param keepWorkDir keep scratch directories for inspection (default false)
 * @param harnessClassPath class path for child JVMs' harness, or empty to find it automatically
 * @param processorPath JMH annotation processor path, or empty to find it automatically
 * @param coverageSearchCalls calls the coverage-guided search may add per candidate when the
 *     plain budget did not reach every changed line and branch (default 3000; 0 turns it off)
 * @param coverageSearchTime wall-clock limit of that search per candidate (default 10 s)
 * @param refuseOutsideReach refuse at compile a candidate naming network, process or
 *     file-writing JDK types its original does not (default true; {@code compile.Capabilities});
 *     off only to test the sandbox itself with such candidates
 */
public record ValidationOptions(int heapMegabytes, Duration childTimeLimit, Duration callTimeout,
    Duration testTimeLimit, int callsPerMethod, long seed, double relativeTolerance,
    double absoluteTolerance, double minSpeedup, boolean requireNonOverlappingIntervals,
    BenchmarkSettings benchmark, TimeMetric timeMetric, boolean isolateNetwork, boolean confine,
    List<Path> privateDirs, Path workDir, boolean keepWorkDir,
    List<Path> harnessClassPath, List<Path> processorPath, int coverageSearchCalls,
    Duration coverageSearchTime, boolean refuseOutsideReach) {

  /** Validates and copies. */
  public ValidationOptions {
    if (heapMegabytes < 32) {
      throw new IllegalArgumentException("heap below 32 MB cannot run a JVM: " + heapMegabytes);
    }
    if (callsPerMethod < 1) {
      throw new IllegalArgumentException("callsPerMethod must be positive: " + callsPerMethod);
    }
    if (minSpeedup < 1.0) {
      throw new IllegalArgumentException("minSpeedup below 1 would accept slower code: "
          + minSpeedup);
    }
    if (relativeTolerance < 0 || absoluteTolerance < 0) {
      throw new IllegalArgumentException("tolerances must be >= 0");
    }
    privateDirs = List.copyOf(privateDirs);
    if (coverageSearchCalls < 0) {
      throw new IllegalArgumentException("coverageSearchCalls must be >= 0: "
          + coverageSearchCalls);
    }
    harnessClassPath = List.copyOf(harnessClassPath);
    processorPath = List.copyOf(processorPath);
  }

  /** The defaults. */
  public static ValidationOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.heapMegabytes = heapMegabytes;
    b.childTimeLimit = childTimeLimit;
    b.callTimeout = callTimeout;
    b.testTimeLimit = testTimeLimit;
    b.callsPerMethod = callsPerMethod;
    b.seed = seed;
    b.relativeTolerance = relativeTolerance;
    b.absoluteTolerance = absoluteTolerance;
    b.minSpeedup = minSpeedup;
    b.requireNonOverlappingIntervals = requireNonOverlappingIntervals;
    b.benchmark = benchmark;
    b.timeMetric = timeMetric;
    b.isolateNetwork = isolateNetwork;
    b.confine = confine;
    b.privateDirs = privateDirs;
    b.workDir = workDir;
    b.keepWorkDir = keepWorkDir;
    b.harnessClassPath = harnessClassPath;
    b.processorPath = processorPath;
    b.coverageSearchCalls = coverageSearchCalls;
    b.coverageSearchTime = coverageSearchTime;
    b.refuseOutsideReach = refuseOutsideReach;
    return b;
  }

  /** Builder of {@link ValidationOptions}. */
  public static final class Builder {
    private int heapMegabytes = 256;
    private Duration childTimeLimit = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(5);
    private Duration testTimeLimit = Duration.ofMinutes(10);
    private int callsPerMethod = 500;
    private long seed = 20261121L;
    private double relativeTolerance = 1e-9;
    private double absoluteTolerance = 1e-12;
    private double minSpeedup = 1.10;
    private boolean requireNonOverlappingIntervals = true;
    private BenchmarkSettings benchmark = BenchmarkSettings.defaults();
    private TimeMetric timeMetric = TimeMetric.CPU;
    private boolean isolateNetwork = true;
    private boolean confine = true;
    private boolean refuseOutsideReach = true;
    private List<Path> privateDirs = List.of();
    private Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    private boolean keepWorkDir;
    private List<Path> harnessClassPath = List.of();
    private List<Path> processorPath = List.of();
    private int coverageSearchCalls = 3000;
    private Duration coverageSearchTime = Duration.ofSeconds(10);

    private Builder() {}

    /** Heap of each child JVM in MB. */
    public Builder heapMegabytes(int mb) {
      this.heapMegabytes = mb;
      return this;
    }

    /** Wall-clock limit of the differential child for one candidate. */
    public Builder childTimeLimit(Duration limit) {
      this.childTimeLimit = limit;
      return this;
    }

    /** Time one call may take before it counts as an infinite loop. */
    public Builder callTimeout(Duration limit) {
      this.callTimeout = limit;
      return this;
    }

    /** Wall-clock limit of the project's test command. */
    public Builder testTimeLimit(Duration limit) {
      this.testTimeLimit = limit;
      return this;
    }

    /** Differential calls per target method. */
    public Builder callsPerMethod(int calls) {
      this.callsPerMethod = calls;
      return this;
    }

    /** Seed of the random inputs. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Floating-point tolerances: relative, and absolute near zero. */
    public Builder tolerance(double relative, double absolute) {
      this.relativeTolerance = relative;
      this.absoluteTolerance = absolute;
      return this;
    }

    /** Minimum speed-up (original time / candidate time) to accept. */
    public Builder minSpeedup(double speedup) {
      this.minSpeedup = speedup;
      return this;
    }

    /** Whether confidence intervals must not overlap. */
    public Builder requireNonOverlappingIntervals(boolean require) {
      this.requireNonOverlappingIntervals = require;
      return this;
    }

    /** JMH settings. */
    public Builder benchmark(BenchmarkSettings settings) {
      this.benchmark = settings;
      return this;
    }

    /** Which time the acceptance rule compares. */
    public Builder timeMetric(TimeMetric metric) {
      this.timeMetric = metric;
      return this;
    }

    /** Whether to cut children off the network where possible. */
    public Builder isolateNetwork(boolean isolate) {
      this.isolateNetwork = isolate;
      return this;
    }

    /** Whether to confine children's file access and process starts where possible. */
    public Builder confine(boolean confine) {
      this.confine = confine;
      return this;
    }

    /**
     * Whether to refuse, before running it, a candidate that names network, process or
     * file-writing JDK types its original does not (default true).
     */
    public Builder refuseOutsideReach(boolean refuse) {
      this.refuseOutsideReach = refuse;
      return this;
    }

    /** Directories children must not see, such as flamefix's data directory. */
    public Builder privateDirs(List<Path> dirs) {
      this.privateDirs = dirs;
      return this;
    }

    /** Parent directory of scratch directories. */
    public Builder workDir(Path dir) {
      this.workDir = dir;
      return this;
    }

    /** Keep scratch directories after validation. */
    public Builder keepWorkDir(boolean keep) {
      this.keepWorkDir = keep;
      return this;
    }

    /** Explicit harness class path for child JVMs (validator, Jackson, JMH jars). */
    public Builder harnessClassPath(List<Path> paths) {
      this.harnessClassPath = paths;
      return this;
    }

    /** Explicit JMH annotation processor path. */
    public Builder processorPath(List<Path> paths) {
      this.processorPath = paths;
      return this;
    }

    /** Extra calls and time of the coverage-guided search (0 calls: no search). */
    public Builder coverageSearch(int calls, Duration time) {
      this.coverageSearchCalls = calls;
      this.coverageSearchTime = time;
      return this;
    }

    /** The options. */
    public ValidationOptions build() {
      return new ValidationOptions(heapMegabytes, childTimeLimit, callTimeout, testTimeLimit,
          callsPerMethod, seed, relativeTolerance, absoluteTolerance, minSpeedup,
          requireNonOverlappingIntervals, benchmark, timeMetric, isolateNetwork, confine, privateDirs,
          workDir, keepWorkDir, harnessClassPath, processorPath, coverageSearchCalls,
          coverageSearchTime, refuseOutsideReach);
    }
  }
}
