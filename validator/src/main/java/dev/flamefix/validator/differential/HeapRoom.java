package dev.flamefix.validator.differential;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether what the original's call left alive leaves room for the rest of the comparison. Both
 * sides' results are alive at once, and the comparison keeps every compared object pair; an
 * original whose result holds a third of the child's heap cannot be compared within the child's
 * limits however correct the candidate is (held-out {@code hv07-print-shop-queue}: a press queue
 * given {@code 2^31} sheets split into runs of a few sheets returned millions of runs, and the
 * harness thread ran out of heap comparing them). Such an input is too big, like one the original
 * does not return on: it is shrunk, never charged to the candidate.
 *
 * <p>The check costs nothing for calls that allocated less than that third without a collection
 * (their result cannot be bigger); otherwise one full collection measures what is live.
 */
final class HeapRoom {

  private final long baseline;

  /** Measures the live heap now (one full collection): the harness's own share. */
  HeapRoom() {
    System.gc();
    baseline = used();
  }

  /** The heap before a call, for {@link #crowded}. */
  Mark mark() {
    return new Mark(used(), collections());
  }

  /**
   * Whether the objects alive now beyond the harness's own share (the call's result, the inputs
   * of both sides) take more than a third of the rest of the heap.
   */
  boolean crowded(Mark before) {
    long share = (Runtime.getRuntime().maxMemory() - baseline) / 3;
    if (collections() == before.collections() && used() - before.used() < share) {
      return false;
    }
    System.gc();
    return used() - baseline > share;
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }

  /** Heap in use and collections so far. */
  record Mark(long used, long collections) {}
}
