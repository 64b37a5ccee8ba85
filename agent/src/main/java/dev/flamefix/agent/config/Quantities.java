package dev.flamefix.agent.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations ({@code 10ms}, {@code 2s}) and sizes ({@code 8mb}) agent options use. */
public final class Quantities {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ns|us|ms|s|m)");
  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})(b|k|kb|m|mb|g|gb)?");

  private Quantities() {}

  /** Nanoseconds of a duration with a unit (ns, us, ms, s, m); -1 if malformed. */
  public static long parseNanos(String value) {
    Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return -1;
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ns":
        return n;
      case "us":
        return n * 1_000L;
      case "ms":
        return n * 1_000_000L;
      case "s":
        return n * 1_000_000_000L;
      default:
        return n * 60_000_000_000L;
    }
  }

  /** Bytes of a size, bare or with a unit (b, kb, mb, gb; k, m, g); -1 if malformed. */
  public static long parseBytes(String value) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return -1;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    switch (unit.charAt(0)) {
      case 'k':
        return n * 1024L;
      case 'm':
        return n * 1024L * 1024L;
      case 'g':
        return n * 1024L * 1024L * 1024L;
      default:
        return n;
    }
  }

  /** Human form of a duration in nanoseconds, e.g. {@code 10ms}. */
  public static String formatNanos(long nanos) {
    if (nanos % 1_000_000_000L == 0) {
      return nanos / 1_000_000_000L + "s";
    } else if (nanos % 1_000_000L == 0) {
      return nanos / 1_000_000L + "ms";
    } else if (nanos % 1_000L == 0) {
      return nanos / 1_000L + "us";
    }
    return nanos + "ns";
  }

  /** Human form of a size in bytes, e.g. {@code 8mb}. */
  public static String formatBytes(long bytes) {
    if (bytes % (1024L * 1024L) == 0) {
      return bytes / (1024L * 1024L) + "mb";
    } else if (bytes % 1024L == 0) {
      return bytes / 1024L + "kb";
    }
    return bytes + "b";
  }
}
