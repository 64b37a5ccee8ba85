package dev.flamefix.collector.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads time parameters the way Pyroscope does: the ingest API's {@code from} and {@code until},
 * and the server's query parameters ({@code from}, {@code to}, ...), which accept the same forms.
 *
 * <p>Accepted forms: epoch seconds, milliseconds, microseconds or nanoseconds (told apart by
 * magnitude, as Pyroscope does: agents send seconds, browsers milliseconds), an ISO-8601 instant
 * ({@code 2026-11-21T05:00:00Z}), {@code now}, or {@code now-<n><s|m|h|d>}.
 */
public final class TimeParams {

  private TimeParams() {}

  /**
   * Parses one time parameter.
   *
   * @param value the parameter, or {@code null}/blank for {@code fallback}
   * @param nowMs the current time, epoch ms
   * @param fallback returned for a missing value
   * @return epoch milliseconds
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static long epochMillis(String value, long nowMs, long fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("now")) {
      return nowMs;
    }
    if (v.startsWith("now-")) {
      return nowMs - duration(v.substring(4), value).toMillis();
    }
    if (v.chars().allMatch(Character::isDigit) && v.length() <= 19) {
      long n = Long.parseLong(v);
      if (n < 100_000_000_000L) {
        return n * 1000; // seconds (until the year 5138)
      } else if (n < 100_000_000_000_000L) {
        return n; // milliseconds
      } else if (n < 100_000_000_000_000_000L) {
        return n / 1000; // microseconds
      }
      return n / 1_000_000; // nanoseconds
    }
    try {
      return Instant.parse(value.trim()).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw invalid(value);
    }
  }

  /** Parses a duration such as {@code 30s}, {@code 15m}, {@code 1h}, {@code 2d}. */
  public static Duration duration(String text, String whole) {
    if (text.length() < 2) {
      throw invalid(whole);
    }
    String digits = text.substring(0, text.length() - 1);
    if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
      throw invalid(whole);
    }
    long n = Long.parseLong(digits);
    switch (text.charAt(text.length() - 1)) {
      case 's':
        return Duration.ofSeconds(n);
      case 'm':
        return Duration.ofMinutes(n);
      case 'h':
        return Duration.ofHours(n);
      case 'd':
        return Duration.ofDays(n);
      default:
        throw invalid(whole);
    }
  }

  private static IllegalArgumentException invalid(String value) {
    return new IllegalArgumentException(
        "invalid time '"
            + value
            + "': use epoch seconds or milliseconds, an ISO-8601 instant, 'now' or 'now-15m'");
  }
}
