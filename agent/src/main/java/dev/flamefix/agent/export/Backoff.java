package dev.flamefix.agent.export;

import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th consecutive failure waits a random time in
 * {@code [c/2, c]} where {@code c = min(max, initial * 2^n)}, so many agents that lost the same
 * server do not come back in lockstep. Not thread-safe; the sender thread owns it.
 */
public final class Backoff {

  private final long initialMillis;
  private final long maxMillis;
  private final Random random;
  private int failures;

  /** Creates a backoff growing from {@code initialMillis} up to {@code maxMillis}. */
  public Backoff(long initialMillis, long maxMillis, Random random) {
    if (initialMillis <= 0 || maxMillis < initialMillis) {
      throw new IllegalArgumentException("need 0 < initial <= max");
    }
    this.initialMillis = initialMillis;
    this.maxMillis = maxMillis;
    this.random = random;
  }

  /** Records a failure and returns how long to wait before the next attempt. */
  public long nextDelayMillis() {
    int shift = Math.min(failures, 30);
    long ceiling = Math.min(maxMillis, initialMillis << shift);
    if (ceiling < 0) {
      ceiling = maxMillis;
    }
    failures++;
    long half = ceiling / 2;
    return half + (long) (random.nextDouble() * (ceiling - half + 1));
  }

  /** Forgets past failures after a success. */
  public void reset() {
    failures = 0;
  }

  /** Consecutive failures since the last success. */
  public int failures() {
    return failures;
  }
}
