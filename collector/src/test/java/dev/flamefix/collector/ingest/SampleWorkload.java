package dev.flamefix.collector.ingest;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** A workload with one obvious hot method, for recording real profiles in tests. */
final class SampleWorkload {

  static volatile long sink;
  private static final Object LOCK = new Object();

  private SampleWorkload() {}

  /** The hot method: string concatenation in a loop, like the example's renderReport. */
  static String renderReport(int lines) {
    String report = "";
    for (int i = 0; i < lines; i++) {
      report += i + ",SKU-" + (i * 7919 % 10000) + "\n";
    }
    return report;
  }

  /** Keeps the calling thread busy in {@link #renderReport(int)} for about {@code d}. */
  static void burn(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    while (System.nanoTime() < end) {
      sink += renderReport(300).length();
    }
  }

  /** Contended monitor enters and parks for about {@code d}, on two extra threads. */
  static void contend(Duration d) throws InterruptedException {
    long end = System.nanoTime() + d.toNanos();
    Runnable holder =
        () -> {
          while (System.nanoTime() < end) {
            holdLock();
            LockSupport.parkNanos(1_000_000);
          }
        };
    Thread a = new Thread(holder, "holder-a");
    Thread b = new Thread(holder, "holder-b");
    a.start();
    b.start();
    a.join();
    b.join();
  }

  private static void holdLock() {
    synchronized (LOCK) {
      long until = System.nanoTime() + 2_000_000;
      while (System.nanoTime() < until) {
        sink++;
      }
    }
  }
}
