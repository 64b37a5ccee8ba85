package dev.flamefix.server.profiles;

import dev.flamefix.collector.ingest.TimeParams;

/**
 * A half-open time range {@code [fromMs, toMs)} in epoch milliseconds.
 *
 * @param fromMs inclusive start
 * @param toMs exclusive end
 */
public record TimeRange(long fromMs, long toMs) {

  public TimeRange {
    if (toMs <= fromMs) {
      throw new IllegalArgumentException(
          "empty time range: 'to' (" + toMs + ") must be after 'from' (" + fromMs + ")");
    }
  }

  /**
   * Reads a range from API parameters ({@link TimeParams} forms); a missing {@code to} means now, a
   * missing {@code from} means {@code to - defaultRangeMs}.
   */
  public static TimeRange parse(String from, String to, long nowMs, long defaultRangeMs) {
    long end = TimeParams.epochMillis(to, nowMs, nowMs);
    long start = TimeParams.epochMillis(from, nowMs, end - defaultRangeMs);
    return new TimeRange(start, end);
  }
}
