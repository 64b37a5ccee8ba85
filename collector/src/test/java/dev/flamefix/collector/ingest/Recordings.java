package dev.flamefix.collector.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import one.profiler.AsyncProfiler;

/**
 * Real profiles of {@link SampleWorkload}, recorded once per test JVM: by the JDK's Flight
 * Recorder and by async-profiler (the library our agent uses), the latter both as JFR and as
 * collapsed text.
 */
final class Recordings {

  private static byte[] jdkJfr;
  private static byte[] asyncJfr;
  private static byte[] asyncCollapsed;
  private static byte[] asyncAllEvents;

  private Recordings() {}

  /** A JDK recording with cpu samples, allocation samples, monitor enters and parks. */
  static synchronized byte[] jdkJfr() throws Exception {
    if (jdkJfr == null) {
      Path file = Files.createTempFile("jdk-", ".jfr");
      try (Recording r = new Recording()) {
        r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
        r.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s");
        r.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO).withStackTrace();
        r.enable("jdk.ThreadPark").withThreshold(Duration.ZERO).withStackTrace();
        r.start();
        SampleWorkload.burn(Duration.ofMillis(1200));
        SampleWorkload.contend(Duration.ofMillis(300));
        r.stop();
        r.dump(file);
      }
      jdkJfr = readAndDelete(file);
    }
    return jdkJfr;
  }

  /** async-profiler cpu samples in its JFR format. */
  static synchronized byte[] asyncProfilerJfr() throws Exception {
    if (asyncJfr == null) {
      Path file = Files.createTempFile("async-", ".jfr");
      AsyncProfiler p = AsyncProfiler.getInstance();
      p.execute("start,event=cpu,interval=1ms,jfr,file=" + file);
      try {
        SampleWorkload.burn(Duration.ofMillis(1200));
      } finally {
        p.execute("stop");
      }
      asyncJfr = readAndDelete(file);
    }
    return asyncJfr;
  }

  /** async-profiler cpu, wall-clock and allocation samples in one JFR recording. */
  static synchronized byte[] asyncProfilerAllEventsJfr() throws Exception {
    if (asyncAllEvents == null) {
      Path file = Files.createTempFile("async-all-", ".jfr");
      AsyncProfiler p = AsyncProfiler.getInstance();
      p.execute("start,event=cpu,interval=1ms,wall=5ms,alloc=64k,jfr,file=" + file);
      try {
        SampleWorkload.burn(Duration.ofMillis(1000));
      } finally {
        p.execute("stop");
      }
      asyncAllEvents = readAndDelete(file);
    }
    return asyncAllEvents;
  }

  /** async-profiler cpu samples as collapsed text, exactly as it writes them. */
  static synchronized byte[] asyncProfilerCollapsed() throws Exception {
    if (asyncCollapsed == null) {
      Path file = Files.createTempFile("async-", ".collapsed");
      AsyncProfiler p = AsyncProfiler.getInstance();
      p.execute("start,event=cpu,interval=1ms");
      try {
        SampleWorkload.burn(Duration.ofMillis(1200));
      } finally {
        p.execute("stop,collapsed,file=" + file);
      }
      asyncCollapsed = readAndDelete(file);
    }
    return asyncCollapsed;
  }

  private static byte[] readAndDelete(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
