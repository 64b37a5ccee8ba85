package dev.flamefix.examples.logs;

import java.util.List;

/**
 * Figures pulled out of log lines such as {@code "GET /a user=ann level=info tag=x temp=21.5
 * latency=123 ms"}. Each method's interesting branch only runs on lines that contain its key, so
 * these are the originals of the validator's soundness tests for inputs built from literals: a
 * rewrite that parses an int instead of a long, drops a trim or takes the first occurrence of the
 * key instead of the last only differs on such lines. The regex per line in {@link
 * #totalLatency} is the performance problem a correct rewrite removes.
 */
public final class LogDigest {

  private LogDigest() {}

  /**
   * Sum of the {@code latency=} values, in milliseconds: the value after the last {@code
   * latency=} of a line, up to {@code " ms"}, blanks trimmed. Lines without the key are skipped.
   *
   * @throws NumberFormatException if a value is not a long
   */
  public static long totalLatency(List<String> lines) {
    Long total = 0L;
    for (String line : lines) {
      if (!line.contains("latency=")) {
        continue;
      }
      String value = line.replaceAll("(?s).*latency=", "").replaceAll("(?s) ms.*", "");
      total += Long.parseLong(value.trim());
    }
    return total;
  }

  /** The user named by the last line with {@code user=}: up to the next comma, or null. */
  public static String lastUser(List<String> lines) {
    String user = null;
    for (String line : lines) {
      int at = line.indexOf("user=");
      if (at < 0) {
        continue;
      }
      int end = line.indexOf(',', at);
      user = end < 0 ? line.substring(at + "user=".length())
          : line.substring(at + "user=".length(), end);
    }
    return user;
  }

  /** How many lines have {@code level=info}, the level in any case. */
  public static int countInfo(List<String> lines) {
    int n = 0;
    for (String line : lines) {
      int at = line.indexOf("level=");
      if (at < 0) {
        continue;
      }
      int end = line.indexOf(' ', at);
      String level = end < 0 ? line.substring(at + 6) : line.substring(at + 6, end);
      if (level.equalsIgnoreCase("info")) {
        n++;
      }
    }
    return n;
  }

  /** The widest {@code tag=} value in characters as people count them (code points). */
  public static int widestTag(List<String> lines) {
    int widest = 0;
    for (String line : lines) {
      int at = line.indexOf("tag=");
      if (at < 0) {
        continue;
      }
      String tag = line.substring(at + 4).strip();
      widest = Math.max(widest, tag.codePointCount(0, tag.length()));
    }
    return widest;
  }

  /**
   * Mean of the {@code temp=} readings (the rest of the line, trimmed); NaN without readings.
   *
   * @throws NumberFormatException if a reading is not a number
   */
  public static double meanTemperature(List<String> lines) {
    double sum = 0;
    int n = 0;
    for (String line : lines) {
      int at = line.indexOf("temp=");
      if (at >= 0) {
        sum += Double.parseDouble(line.substring(at + 5).trim());
        n++;
      }
    }
    return sum / n;
  }
}
