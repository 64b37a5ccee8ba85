package dev.flamefix.validator.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * CPU time for generated benchmarks. On a shared machine wall time per operation mostly
 * measures how often the benchmark was descheduled; CPU time of the whole process (all threads,
 * GC included) measures the work the code did. Each measured JMH iteration appends one sample.
 */
public final class CpuClock {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private CpuClock() {}

  private static final Path TASKS = Path.of("/proc/self/task");

  /**
   * CPU nanoseconds used so far by this process, minus its JIT compiler threads. JIT threads are
   * left out because a late compilation would otherwise be charged to whichever side happened to
   * be measured; GC, threads that have ended and any threads the code under test uses stay in.
   * The compiler threads are read from Linux's per-thread {@code schedstat}; elsewhere nothing is
   * subtracted.
   */
  public static long processCpuNanos() {
    return OS.getProcessCpuTime() - compilerThreadNanos();
  }

  private static long compilerThreadNanos() {
    if (!Files.isDirectory(TASKS)) {
      return 0;
    }
    long total = 0;
    try (var tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          String comm = Files.readString(task.resolve("comm")).trim();
          if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            String stat = Files.readString(task.resolve("schedstat")).trim();
            total += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended between listing and reading.
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return total;
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
