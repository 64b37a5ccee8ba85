package dev.flamefix.validator.benchmark;

/** Which time the acceptance rule compares. Both are always measured and reported. */
public enum TimeMetric {
  /**
   * CPU time of the benchmark JVM per operation (all threads but the JIT compilers, GC
   * included), measured per JMH iteration by {@link CpuTimeProfiler}. Robust on shared machines,
   * where wall time mostly measures descheduling.
   */
  CPU,
  /** JMH's own primary result: wall-clock average time per operation. */
  WALL
}
