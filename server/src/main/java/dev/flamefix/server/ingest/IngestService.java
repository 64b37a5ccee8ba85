package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.DecodedProfile;
import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.ProfileEvents;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.server.profiles.ProfileWindow;
import dev.flamefix.server.profiles.ProfileWindowRepository;
import dev.flamefix.server.profiles.TimeParams;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Turns one Pyroscope-style ingest request into stored windows: parse the series name and times,
 * decode the payload with the collector under the configured limits, store one window per event.
 * A refused request stores nothing.
 */
@Service
public class IngestService {

  private final ProfileDecoder decoder = new ProfileDecoder();
  private final ProfileWindowRepository windows;
  private final IngestMetrics metrics;
  private final IngestLimits limits;
  private final Clock clock;

  public IngestService(
      ProfileWindowRepository windows,
      IngestMetrics metrics,
      IngestLimits limits,
      Clock clock) {
    this.windows = windows;
    this.metrics = metrics;
    this.limits = limits;
    this.clock = clock;
  }

  /** The limits every payload is held to. */
  public IngestLimits limits() {
    return limits;
  }

  /**
   * Ingests one payload.
   *
   * @param params the query parameters ({@code name}, {@code from}, {@code until}, {@code format},
   *     {@code sampleRate}, {@code spyName}, {@code units}, {@code pid}, {@code host})
   * @param body the payload as received (gzip or not)
   * @param formatOverride the format implied by the request shape (a multipart {@code jfr} part),
   *     or {@code null} to read {@code format}
   * @return what was stored
   * @throws IngestRejectedException when the request is refused; nothing was stored then
   */
  public IngestResult ingest(Map<String, String> params, byte[] body, IngestFormat formatOverride) {
    SeriesName series = SeriesName.parse(params.get("name"));
    long now = clock.millis();
    long until = time(params, "until", now, now);
    long from = time(params, "from", now, until);
    if (from > until) {
      throw bad("'from' (" + params.get("from") + ") is after 'until' (" + params.get("until") + ")");
    }
    Integer sampleRate = positiveInt(params, "sampleRate");
    String units = text(params, "units", 32);
    String spyName = text(params, "spyName", 64);
    String pid = text(params, "pid", 32);
    String host = text(params, "host", 255);

    DecodedProfile profile;
    IngestFormat format;
    try {
      format = formatOverride != null ? formatOverride : IngestFormat.parse(params.get("format"));
      profile = decoder.decode(body, format, foldedEvent(series, units), limits);
    } catch (IngestException e) {
      throw new IngestRejectedException(statusOf(e.reason()), e.reason(), e.getMessage());
    }

    List<ProfileWindow> toStore = new ArrayList<>();
    for (Map.Entry<String, StackCounts> e : profile.events().entrySet()) {
      StackCounts stacks = e.getValue();
      toStore.add(
          new ProfileWindow(
              0,
              series.app(),
              e.getKey(),
              series.labelsText(),
              pid,
              host,
              from,
              until,
              sampleRate,
              units,
              spyName,
              stacks.totalSamples(),
              stacks.distinctStacks(),
              stacks.toFoldedGzip()));
    }
    List<ProfileWindow> stored = windows.saveAll(toStore, now);
    List<IngestResult.Window> summary = new ArrayList<>();
    for (ProfileWindow w : stored) {
      metrics.window(w.app(), w.event(), format.name().toLowerCase(Locale.ROOT), w.samples());
      summary.add(new IngestResult.Window(w.id(), w.event(), w.samples(), w.stacks()));
    }
    metrics.bytes(series.app(), body.length);
    return new IngestResult(series.app(), from, until, summary);
  }

  /**
   * The event folded stacks belong to: the name's suffix ({@code orders.cpu}), else what {@code
   * units} implies, else cpu (what both agents send by default).
   */
  private static String foldedEvent(SeriesName series, String units) {
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

  /** Too large → 413; every other refusal is the client's malformed request → 400. */
  static HttpStatus statusOf(String reason) {
    return IngestException.TOO_LARGE.equals(reason)
        ? HttpStatus.PAYLOAD_TOO_LARGE
        : HttpStatus.BAD_REQUEST;
  }

  private static long time(Map<String, String> params, String key, long now, long fallback) {
    try {
      return TimeParams.epochMillis(params.get(key), now, fallback);
    } catch (IllegalArgumentException e) {
      throw bad("'" + key + "': " + e.getMessage());
    }
  }

  private static Integer positiveInt(Map<String, String> params, String key) {
    String v = params.get(key);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n <= 0) {
        throw bad("'" + key + "' must be positive, was " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad("'" + key + "' must be an integer, was '" + v + "'");
    }
  }

  private static String text(Map<String, String> params, String key, int max) {
    String v = params.get(key);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw bad("'" + key + "' is longer than " + max + " characters");
    }
    return v.trim();
  }

  private static IngestRejectedException bad(String message) {
    return new IngestRejectedException(
        HttpStatus.BAD_REQUEST, IngestRejectedException.BAD_REQUEST, message);
  }
}
