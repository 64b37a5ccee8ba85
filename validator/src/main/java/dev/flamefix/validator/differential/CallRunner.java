package dev.flamefix.validator.differential;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs one call on its own thread so a call that never returns can be detected (and its thread
 * stopped) instead of hanging the harness, and so threads a call leaves behind can be seen.
 */
final class CallRunner {

  /** What one call did, and how long it took (wall clock, nanoseconds). */
  record Outcome(Object returned, Throwable thrown, boolean timedOut, int leakedThreads,
      long nanos) {

    boolean threw() {
      return thrown != null;
    }
  }

  private static final long STACK_BYTES = 2L * 1024 * 1024;

  private final long timeoutMillis;
  private final boolean watchLeaks;

  CallRunner(long timeoutMillis) {
    this(timeoutMillis, true);
  }

  /**
   * A runner; {@code watchLeaks} false skips counting the threads a call leaves behind, which
   * snapshots every thread's stack twice per call: picking thousands of benchmark inputs spent
   * most of its time there, and only the differential stage reports leaks.
   */
  CallRunner(long timeoutMillis, boolean watchLeaks) {
    this.timeoutMillis = timeoutMillis;
    this.watchLeaks = watchLeaks;
  }

  @SuppressWarnings("deprecation") // Thread.stop is the only way to end a runaway call in-process
  Outcome call(Method method, Object receiver, Object[] args) {
    Set<Thread> before = watchLeaks ? liveThreads() : Set.of();
    Object[] result = new Object[1];
    Throwable[] thrown = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = method.invoke(receiver, args);
      } catch (InvocationTargetException e) {
        thrown[0] = e.getCause();
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "flamefix-call", STACK_BYTES);
    // Not a daemon: threads the code starts inherit that, as they would from an application's
    // own threads, so a thread it forgets to stop counts as a leak.
    worker.setDaemon(false);
    long start = System.nanoTime();
    worker.start();
    try {
      worker.join(timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long nanos = System.nanoTime() - start;
    if (worker.isAlive()) {
      worker.stop();
      return new Outcome(null, null, true, 0, nanos);
    }
    return new Outcome(result[0], thrown[0], false, watchLeaks ? leaked(before) : 0, nanos);
  }

  private static Set<Thread> liveThreads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  private static int leaked(Set<Thread> before) {
    int count = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && t.isAlive() && !t.isDaemon() && !t.getName().equals("flamefix-call")) {
        count++;
      }
    }
    if (count == 0) {
      return 0;
    }
    // Give threads that are about to finish a moment before calling it a leak.
    long deadline = System.currentTimeMillis() + 300;
    while (System.currentTimeMillis() < deadline) {
      count = 0;
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (!before.contains(t) && t.isAlive() && !t.isDaemon()
            && !t.getName().equals("flamefix-call")) {
          count++;
        }
      }
      if (count == 0) {
        return 0;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return count;
  }
}
