package dev.flamefix.server.ingest;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/**
 * Bounds how many ingest requests this process decodes and stores at once ({@code
 * flamefix.ingest.max-in-flight}). A request past the bound is turned away at once with 429 and a
 * {@code Retry-After}, instead of waiting in the servlet container's queue until the agent's
 * timeout fires and the agent retries a request the server may still store.
 */
@Component
public class IngestGate {

  private final Semaphore permits;
  private final int maxInFlight;
  private final Duration retryAfter;

  public IngestGate(IngestProperties properties) {
    this.maxInFlight = properties.maxInFlightOrDefault();
    this.retryAfter = properties.retryAfterOrDefault();
    this.permits = new Semaphore(maxInFlight);
  }

  /** Takes a permit if one is free; the caller must {@link #leave()} after a true answer. */
  public boolean tryEnter() {
    return permits.tryAcquire();
  }

  /** Returns a permit taken by {@link #tryEnter()}. */
  public void leave() {
    permits.release();
  }

  /** The bound. */
  public int maxInFlight() {
    return maxInFlight;
  }

  /**
   * Seconds a turned-away client should wait: between {@code retry-after} and twice it, at random,
   * so agents turned away together do not come back together.
   */
  public long retryAfterSeconds() {
    long base = Math.max(1, retryAfter.toSeconds());
    return base + ThreadLocalRandom.current().nextLong(base + 1);
  }
}
