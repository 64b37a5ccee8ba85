package dev.flamefix.validator.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time for generated benchmarks, read by {@link CpuTimeProfiler} inside JMH's fork. On a
 * shared machine wall time per operation mostly measures how often the benchmark was
 * descheduled; CPU time of the fork's threads (GC included) measures the work the code did.
 */
final class CpuClock {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private static final Path TASKS = Path.of("/proc/self/task");

  private CpuClock() {}

  /**
   * CPU nanoseconds used so far by this process's threads other than the JIT compilers. JIT
   * threads are left out because a late compilation would otherwise be charged to whichever
   * side happened to be measured; GC and any threads the code under test uses stay in. Uses
   * Linux's per-thread {@code schedstat} (nanoseconds); elsewhere falls back to the whole process.
   *
   * <p>Only threads alive at the reading are summed, so a thread that ends inside an iteration is
   * under-counted. The process-wide alternative (process CPU minus the JIT threads) counts it but
   * is too coarse here: with it one correct rewrite of the 32 in CorrectRewritesAreAcceptedTest
   * measured 0.85x on a 4 us/op benchmark. The benchmark thread, GC and JIT threads live for the
   * whole fork, so only short-lived threads started by the code under test are affected.
   */
  static long processCpuNanos() {
    if (Files.isDirectory(TASKS)) {
      try (var tasks = Files.newDirectoryStream(TASKS)) {
        long total = 0;
        for (Path task : tasks) {
          try {
            String comm = Files.readString(task.resolve("comm")).trim();
            if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
              continue;
            }
            String stat = Files.readString(task.resolve("schedstat")).trim();
            total += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          } catch (IOException | RuntimeException e) {
            // The thread ended between listing and reading: its time is not counted.
          }
        }
        return total;
      } catch (IOException e) {
        return OS.getProcessCpuTime();
      }
    }
    return OS.getProcessCpuTime();
  }
}
