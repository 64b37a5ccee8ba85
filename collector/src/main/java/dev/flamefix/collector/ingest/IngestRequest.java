package dev.flamefix.collector.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * The query parameters of one Pyroscope-style ingest ({@code POST /ingest?name=...&from=...}),
 * read and checked before any byte of the payload is decoded.
 *
 * @param series the {@code name} parameter: application, event suffix and labels
 * @param fromMs start of the window, epoch ms ({@code from}; default {@code until})
 * @param untilMs end of the window, epoch ms ({@code until}; default now)
 * @param format how the payload is encoded ({@code format}, or what the request shape implies)
 * @param sampleRate samples per second ({@code sampleRate}), or {@code null}
 * @param units what a sample counts ({@code units}: {@code samples}, {@code objects}, {@code
 *     bytes}, {@code lock_samples}, {@code lock_nanoseconds}), or {@code null}
 * @param spyName the sending agent ({@code spyName}), or {@code null}
 * @param pid the profiled process ({@code pid}), or {@code null}
 * @param host the profiled host ({@code host}), or {@code null}
 */
public record IngestRequest(
    SeriesName series,
    long fromMs,
    long untilMs,
    IngestFormat format,
    Integer sampleRate,
    String units,
    String spyName,
    String pid,
    String host) {

  /**
   * Reads the parameters, in the order a client is told about its mistakes: name, times, sample
   * rate, the free-text fields, then the format.
   *
   * @param params the query parameters, first value of each
   * @param nowMs the current time, epoch ms, for defaults and {@code now-15m}
   * @param formatOverride the format implied by the request's shape (a multipart {@code jfr} part),
   *     or {@code null} to read {@code format}
   * @throws IngestException {@link IngestException#BAD_REQUEST} for a missing or malformed
   *     parameter, {@link IngestException#UNSUPPORTED_FORMAT} for a format the collector cannot read
   */
  public static IngestRequest parse(
      Map<String, String> params, long nowMs, IngestFormat formatOverride) throws IngestException {
    SeriesName series = SeriesName.parse(params.get("name"));
    long until = time(params, "until", nowMs, nowMs);
    long from = time(params, "from", nowMs, until);
    if (from > until) {
      throw bad(
          "'from' (" + params.get("from") + ") is after 'until' (" + params.get("until") + ")");
    }
    Integer sampleRate = positiveInt(params, "sampleRate");
    String units = text(params, "units", 32);
    String spyName = text(params, "spyName", 64);
    String pid = text(params, "pid", 32);
    String host = text(params, "host", 255);
    IngestFormat format =
        formatOverride != null ? formatOverride : IngestFormat.parse(params.get("format"));
    return new IngestRequest(series, from, until, format, sampleRate, units, spyName, pid, host);
  }

  /**
   * The event folded stacks belong to: the name's suffix ({@code orders.cpu}), else what {@code
   * units} implies, else cpu (what both agents send by default). A JFR recording names its own
   * events.
   */
  public String foldedEvent() {
    if (series.event() != null) {
      return series.event();
    }
    if (units != null) {
      switch (units.toLowerCase(Locale.ROOT)) {
        case "objects":
          return ProfileEvents.ALLOC;
        case "bytes":
          return "alloc_bytes";
        case "lock_samples":
          return ProfileEvents.LOCK;
        case "lock_nanoseconds":
          return "lock_duration";
        default:
          break;
      }
    }
    return ProfileEvents.CPU;
  }

  private static long time(Map<String, String> params, String key, long now, long fallback)
      throws IngestException {
    try {
      return TimeParams.epochMillis(params.get(key), now, fallback);
    } catch (IllegalArgumentException e) {
      throw bad("'" + key + "': " + e.getMessage());
    }
  }

  private static Integer positiveInt(Map<String, String> params, String key)
      throws IngestException {
    String v = params.get(key);
    if (v == null || v.isBlank()) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw bad("'" + key + "' must be an integer, was '" + v + "'");
    }
    if (n <= 0) {
      throw bad("'" + key + "' must be positive, was " + v);
    }
    return n;
  }

  private static String text(Map<String, String> params, String key, int max)
      throws IngestException {
    String v = params.get(key);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw bad("'" + key + "' is longer than " + max + " characters");
    }
    return v.trim();
  }

  private static IngestException bad(String message) {
    return new IngestException(IngestException.BAD_REQUEST, message);
  }
}
