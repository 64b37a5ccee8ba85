package dev.flamefix.server.recordings;

import dev.flamefix.recording.MethodKey;
import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.RecordingFormatException;
import dev.flamefix.server.appconfig.AppConfigRepository;
import dev.flamefix.server.appconfig.ConflictException;
import dev.flamefix.server.appconfig.NotFoundException;
import dev.flamefix.server.profiles.AppNotFoundException;
import dev.flamefix.server.profiles.ProfileWindowRepository;
import dev.flamefix.server.web.ApiException;
import dev.flamefix.server.web.BadRequestException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording requests from request to stored envelope: users ask for one method of one app, the
 * first agent of that app that polls claims the request, and its upload is checked and stored
 * once. Requests nobody claims expire; claimed ones whose agent goes silent fail. Those sweeps run
 * whenever an app's requests are read or polled, so no scheduler is needed.
 */
@Service
public class RecordingService {
  private static final Pattern SKIP_REASON = Pattern.compile("[a-z_]{1,40}");
  /** Pending requests one poll tries to claim before answering "nothing to do". */
  private static final int CLAIM_TRIES = 8;

  private final RecordingRepository repository;
  private final ProfileWindowRepository windows;
  private final AppConfigRepository configs;
  private final RecordingProperties properties;
  private final RecordingMetrics metrics;
  private final Clock clock;

  public RecordingService(RecordingRepository repository, ProfileWindowRepository windows,
      AppConfigRepository configs, RecordingProperties properties, RecordingMetrics metrics,
      Clock clock) {
    this.repository = repository;
    this.windows = windows;
    this.configs = configs;
    this.properties = properties;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** A request handed to an agent, with the server's redaction rules. */
  public record Claim(RecordingView request, List<String> redact) {}

  /**
   * Stores a new pending request.
   *
   * @throws AppNotFoundException when the app neither sent profiles nor is configured
   */
  public RecordingView request(String app, RecordingSpec spec) {
    if (windows.app(app).isEmpty() && configs.find(app).isEmpty()) {
      throw new AppNotFoundException(app);
    }
    String id = UUID.randomUUID().toString();
    repository.insert(id, app, spec.normalizedMethod(), spec, clock.millis());
    metrics.requested(app);
    return repository.find(id).orElseThrow();
  }

  /** The app's requests, newest first. */
  public List<RecordingView> list(String app, int limit) {
    sweep(app);
    return repository.ofApp(app, limit);
  }

  /** @throws NotFoundException {@code unknown_recording} */
  public RecordingView get(String id) {
    RecordingView found = find(id);
    if (!found.state().finished() && sweep(found.app()) > 0) {
      return find(id);
    }
    return found;
  }

  /** The uploaded envelope as received; 404 when the id is unknown or nothing was uploaded. */
  public byte[] envelope(String id) {
    find(id);
    return repository.envelope(id).orElseThrow(() -> new NotFoundException("no_envelope",
        "recording " + id + " has no uploaded envelope (yet)"));
  }

  /**
   * Claims the app's oldest pending request for one agent. Concurrent polls never get the same
   * request: the claim is a conditional update, and a poll that lost the race tries the next one.
   *
   * @return the claimed request, or empty when the app has nothing pending
   */
  public Optional<Claim> claim(String app, String pid, String host) {
    sweep(app);
    for (int round = 0; round < 2; round++) {
      for (String id : repository.pendingIds(app, CLAIM_TRIES)) {
        if (repository.claim(id, pid, host, clock.millis())) {
          return Optional.of(new Claim(find(id), properties.redact()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Checks and stores an agent's upload for request {@code id}; each request takes one upload.
   *
   * @throws BadRequestException for an envelope that is malformed or does not fit the request
   * @throws NotFoundException for an unknown id
   * @throws ConflictException when the request was uploaded already, is not claimed, or belongs to
   *     another app
   */
  @Transactional
  public RecordingView upload(String id, byte[] body) {
    RecordingBatch batch = parse(body);
    if (!batch.requestId().equals(id)) {
      throw refused(new BadRequestException("id_mismatch",
          "the envelope is for request " + batch.requestId() + ", uploaded to " + id));
    }
    RecordingView request = repository.find(id).orElseThrow(() -> {
      metrics.rejected("unknown_recording");
      return unknown(id);
    });
    if (!batch.app().equals(request.app())) {
      throw refused(new ConflictException("wrong_app",
          "recording " + id + " belongs to app '" + request.app() + "', not '" + batch.app() + "'"));
    }
    check(request, batch);
    if (request.state() != RecordingState.ACTIVE) {
      throw refused(notActive(request));
    }
    RecordingState state = RecordingState.valueOf(batch.status().name());
    Map<String, Long> skipped = new LinkedHashMap<>();
    batch.skipped().forEach((reason, n) ->
        skipped.merge(SKIP_REASON.matcher(reason).matches() ? reason : "other", n, Long::sum));
    // The conditional update is the idempotency guard: of two uploads at once, one changes the row.
    if (!repository.finish(id, state, batch.method(), batch.calls().size(), batch.callsSeen(), skipped,
        batch.message(), clock.millis())) {
      throw refused(notActive(find(id)));
    }
    repository.storeEnvelope(id, body);
    metrics.uploaded(request.app(), batch.calls().size(), skipped);
    metrics.finished(request.app(), state, 1);
    return find(id);
  }

  private RecordingBatch parse(byte[] body) {
    try {
      return RecordingBatch.readFrom(new ByteArrayInputStream(body));
    } catch (RecordingFormatException e) {
      throw refused(new BadRequestException("malformed_recording", e.getMessage()));
    }
  }

  /** The envelope must be what was asked for: the method, at most the calls and bytes per call. */
  private void check(RecordingView request, RecordingBatch batch) {
    if (!sameMethod(request.method(), batch.method())) {
      throw refused(new BadRequestException("method_mismatch", "recording " + request.id()
          + " asked for " + request.method() + ", the envelope holds " + batch.method()));
    }
    if (batch.calls().size() > request.maxCalls()) {
      throw refused(new BadRequestException("too_many_calls", "the envelope holds "
          + batch.calls().size() + " calls, the request allowed " + request.maxCalls()));
    }
    for (RecordedCall call : batch.calls()) {
      if (call.payload().length > request.maxBytesPerCall()) {
        throw refused(new BadRequestException("call_too_large", "a call of " + call.payload().length
            + " bytes exceeds the request's maxBytesPerCall of " + request.maxBytesPerCall()));
      }
    }
  }

  /**
   * Whether a recorded method key is the requested method: equal keys, or the requested {@code
   * Class#method} without parameters names it.
   */
  static boolean sameMethod(String requested, String recordedKey) {
    String wanted = requested.replaceAll("\\s+", "");
    if (wanted.indexOf('(') >= 0) {
      return wanted.equals(recordedKey);
    }
    try {
      return wanted.equals(MethodKey.className(recordedKey) + "#" + MethodKey.methodName(recordedKey));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private ConflictException notActive(RecordingView request) {
    if (request.state() == RecordingState.PENDING) {
      return new ConflictException("not_claimed", "recording " + request.id()
          + " is pending: no agent claimed it, so there is nothing to upload");
    }
    return new ConflictException("already_uploaded", "recording " + request.id() + " is "
        + request.state() + " already; a request takes one upload");
  }

  private <E extends ApiException> E refused(E e) {
    metrics.rejected(e.reason());
    return e;
  }

  /** Expires the app's unclaimed requests and fails its silent ones; how many changed. */
  private int sweep(String app) {
    long now = clock.millis();
    int expired = repository.expirePending(app, now - properties.pendingExpiry().toMillis(), now);
    int failed = repository.failSilent(app, properties.uploadGrace().toMillis(), now);
    metrics.finished(app, RecordingState.EXPIRED, expired);
    metrics.finished(app, RecordingState.FAILED, failed);
    return expired + failed;
  }

  private RecordingView find(String id) {
    return repository.find(id).orElseThrow(() -> unknown(id));
  }

  private static NotFoundException unknown(String id) {
    return new NotFoundException("Unknown recording", "unknown_recording", "no recording " + id);
  }
}
