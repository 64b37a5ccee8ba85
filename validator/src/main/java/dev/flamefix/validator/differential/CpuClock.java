package dev.flamefix.validator.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Process CPU time for generated benchmarks. On a shared machine wall time per operation mostly
 * measures how often the benchmark was descheduled; CPU time of the whole process (all threads,
 * GC included) measures the work the code did. Each measured JMH iteration appends one sample.
 */
public final class CpuClock {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuClock() {}

  /** CPU nanoseconds used by this process so far. */
  public static long processCpuNanos() {
    return OS.getProcessCpuTime();
  }

  /** Appends {@code benchmark cpu-nanos-per-op} to {@code file}. */
  public static synchronized void record(String file, String benchmark, long cpuNanos, long ops) {
    if (ops <= 0) {
      return;
    }
    String line = benchmark + " " + ((double) cpuNanos / ops) + "\n";
    try {
      Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
