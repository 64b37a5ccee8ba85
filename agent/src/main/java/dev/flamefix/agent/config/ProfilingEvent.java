package dev.flamefix.agent.config;

import java.util.Locale;

/** What async-profiler samples, and how its {@code interval} option is read for that event. */
public enum ProfilingEvent {
  /** On-CPU time; interval is a period ({@code 10ms}). */
  CPU("cpu", true, 10_000_000L),
  /** Wall-clock time of every thread, running or not; interval is a period. */
  WALL("wall", true, 10_000_000L),
  /** Heap allocations; interval is a number of allocated bytes between samples ({@code 512kb}). */
  ALLOC("alloc", false, 512 * 1024L),
  /** Contended locks; interval is the minimum wait worth recording ({@code 10us}). */
  LOCK("lock", true, 10_000L);

  private final String id;
  private final boolean timeInterval;
  private final long defaultInterval;

  ProfilingEvent(String id, boolean timeInterval, long defaultInterval) {
    this.id = id;
    this.timeInterval = timeInterval;
    this.defaultInterval = defaultInterval;
  }

  /** The name used in options, in async-profiler commands and in the ingest {@code name}. */
  public String id() {
    return id;
  }

  /** True when {@code interval} is a duration in nanoseconds, false when it is a byte count. */
  public boolean hasTimeInterval() {
    return timeInterval;
  }

  /** Default interval: nanoseconds for time events, bytes for {@link #ALLOC}. */
  public long defaultInterval() {
    return defaultInterval;
  }

  /**
   * Samples per second implied by {@code interval} for periodic events (cpu, wall), or -1 when the
   * event is not sampled on a clock (alloc, lock) and a rate would mean nothing.
   */
  public long sampleRateHz(long interval) {
    if (this != CPU && this != WALL) {
      return -1;
    }
    return Math.max(1, Math.round(1_000_000_000.0 / interval));
  }

  /** Parses an event id such as {@code cpu}; null when unknown. */
  public static ProfilingEvent fromId(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (ProfilingEvent event : values()) {
      if (event.id.equals(wanted)) {
        return event;
      }
    }
    return null;
  }
}
