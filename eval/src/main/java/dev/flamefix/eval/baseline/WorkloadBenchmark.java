package dev.flamefix.eval.baseline;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Times one compiled version of an evaluation program on its benchmark workload. The version is
 * chosen at run time with the {@code target} parameter, {@code <classesDir>|<workloadClass>}, so
 * one benchmark method measures every program and version in the same harness and settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkloadBenchmark {

  /** {@code <classesDir>|<workloadClass>}; always supplied by the runner. */
  @Param({"unset"})
  public String target;

  private URLClassLoader loader;
  private Supplier<Object> workload;

  /** Loads the version in its own class loader and builds the workload input once per trial. */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void load() throws Exception {
    int bar = target.lastIndexOf('|');
    if (bar < 0) {
      throw new IllegalArgumentException("target must be <classesDir>|<workloadClass>, was " + target);
    }
    loader = new URLClassLoader(
        new URL[] {Path.of(target.substring(0, bar)).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> cls = Class.forName(target.substring(bar + 1), true, loader);
    workload = (Supplier<Object>) cls.getMethod("workload").invoke(null);
  }

  /** One call of the workload; the result goes back to JMH so it cannot be optimised away. */
  @Benchmark
  public Object run() {
    return workload.get();
  }

  /** Releases the class loader. */
  @TearDown(Level.Trial)
  public void close() throws Exception {
    loader.close();
  }
}
