package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.DecodedProfile;
import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.collector.ingest.IngestFormat;
import dev.flamefix.collector.ingest.IngestLimits;
import dev.flamefix.collector.ingest.IngestRequest;
import dev.flamefix.collector.ingest.ProfileDecoder;
import dev.flamefix.collector.ingest.SeriesName;
import dev.flamefix.collector.ingest.LineCounts;
import dev.flamefix.collector.ingest.StackCounts;
import dev.flamefix.server.profiles.ProfileWindow;
import dev.flamefix.server.profiles.ProfileWindowRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Turns one Pyroscope-style ingest request into stored windows: read the parameters and decode the
 * payload with the collector under the configured limits, store one window per event.
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
    return ingest(params, body, formatOverride, null);
  }

  /**
   * Ingests one payload at most once: a request whose {@link IdempotencyKey} already stored its
   * windows (a retry after a lost answer, or the same request racing on another replica) stores
   * nothing and answers the stored windows with {@code duplicate: true}.
   *
   * @param idempotencyHeader the request's {@code Idempotency-Key} header, or {@code null} to key
   *     the request by its window and payload
   * @see #ingest(Map, byte[], IngestFormat)
   */
  public IngestResult ingest(
      Map<String, String> params, byte[] body, IngestFormat formatOverride, String idempotencyHeader) {
    long now = clock.millis();
    IngestRequest request;
    DecodedProfile profile;
    try {
      request = IngestRequest.parse(params, now, formatOverride);
      profile = decoder.decode(body, request.format(), request.foldedEvent(), limits);
    } catch (IngestException e) {
      throw new IngestRejectedException(statusOf(e.reason()), e.reason(), e.getMessage());
    }
    SeriesName series = request.series();
    String key = IdempotencyKey.of(request, body, idempotencyHeader);
    // The cheap check first; the unique index decides races between concurrent identical requests.
    List<ProfileWindowRepository.StoredWindow> earlier = windows.findByKey(key);
    if (!earlier.isEmpty()) {
      return duplicate(request, earlier);
    }

    // Re-encoding the stacks was the largest avoidable cost per window (StoreWindowBenchmark); a
    // gzip folded body reads back to the same stacks, so it is kept as the agent sent it.
    boolean asReceived = request.format() == IngestFormat.FOLDED && profile.events().size() == 1
        && ProfileDecoder.storableAsReceived(body);
    List<ProfileWindow> toStore = new ArrayList<>();
    for (Map.Entry<String, StackCounts> e : profile.events().entrySet()) {
      StackCounts stacks = e.getValue();
      LineCounts lines = profile.lines(e.getKey());
      toStore.add(
          new ProfileWindow(
              0,
              series.app(),
              e.getKey(),
              series.labelsText(),
              request.pid(),
              request.host(),
              request.fromMs(),
              request.untilMs(),
              request.sampleRate(),
              request.units(),
              request.spyName(),
              stacks.totalSamples(),
              stacks.distinctStacks(),
              asReceived ? body : stacks.toFoldedGzip(),
              lines.isEmpty() ? null : lines.toGzip()));
    }
    List<ProfileWindow> stored;
    try {
      stored = windows.saveAll(toStore, now, key);
    } catch (DuplicateKeyException e) {
      return duplicate(request, windows.findByKey(key));
    }
    List<IngestResult.Window> summary = new ArrayList<>();
    for (ProfileWindow w : stored) {
      metrics.window(w.app(), w.event(), request.format().name().toLowerCase(Locale.ROOT), w.samples());
      summary.add(new IngestResult.Window(w.id(), w.event(), w.samples(), w.stacks()));
    }
    metrics.bytes(series.app(), body.length);
    return new IngestResult(series.app(), request.fromMs(), request.untilMs(), summary, false);
  }

  private IngestResult duplicate(IngestRequest request, List<ProfileWindowRepository.StoredWindow> stored) {
    metrics.duplicate(request.series().app());
    List<IngestResult.Window> summary = new ArrayList<>();
    for (ProfileWindowRepository.StoredWindow w : stored) {
      summary.add(new IngestResult.Window(w.id(), w.event(), w.samples(), w.stacks()));
    }
    return new IngestResult(request.series().app(), request.fromMs(), request.untilMs(), summary, true);
  }

  /** Too large → 413; every other refusal is the client's malformed request → 400. */
  static HttpStatus statusOf(String reason) {
    return IngestException.TOO_LARGE.equals(reason)
        ? HttpStatus.PAYLOAD_TOO_LARGE
        : HttpStatus.BAD_REQUEST;
  }
}
