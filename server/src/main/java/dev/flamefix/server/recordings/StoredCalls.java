package dev.flamefix.server.recordings;

import dev.flamefix.recording.RecordedCall;
import dev.flamefix.recording.RecordingBatch;
import dev.flamefix.recording.RecordingFormatException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The recorded production calls of one method, for the optimization of that method: the validator
 * replays them as differential inputs next to the generated ones. Payloads are returned as stored
 * (opaque bytes); only the validator's sandboxed child decodes them.
 */
@Service
public class StoredCalls {
  private static final Logger log = LoggerFactory.getLogger(StoredCalls.class);
  /** Recordings of an app looked at per lookup, newest first. */
  private static final int RECORDINGS_SCANNED = 50;

  private final RecordingRepository repository;
  private final int defaultCap;

  public StoredCalls(RecordingRepository repository, RecordingProperties properties) {
    this.repository = repository;
    this.defaultCap = properties.replayCalls();
  }

  /**
   * The calls of {@code target} from the app's latest completed or timed-out recordings, newest
   * recording first, at most {@code flamefix.recording.replay-calls} (500).
   *
   * @param app the application the recordings were made in
   * @param target {@code pkg.Class#method} (any overload recorded under that name) or a full
   *     {@link dev.flamefix.recording.MethodKey} {@code pkg.Class#method(Type,...)}
   * @return the calls, possibly empty; never more than the cap
   */
  public List<RecordedCall> of(String app, String target) {
    return of(app, target, defaultCap);
  }

  /** As {@link #of(String, String)} with an explicit cap ({@code max} &ge; 0). */
  public List<RecordedCall> of(String app, String target, int max) {
    List<RecordedCall> calls = new ArrayList<>();
    for (RecordingView recording : repository.withCalls(app, RECORDINGS_SCANNED)) {
      if (calls.size() >= max) {
        break;
      }
      if (recording.recordedMethod() == null
          || !RecordingService.sameMethod(target, recording.recordedMethod())) {
        continue;
      }
      byte[] envelope = repository.envelope(recording.id()).orElse(null);
      if (envelope == null) {
        continue;
      }
      try {
        List<RecordedCall> recorded = RecordingBatch.readFrom(new ByteArrayInputStream(envelope)).calls();
        calls.addAll(recorded.subList(0, Math.min(recorded.size(), max - calls.size())));
      } catch (RecordingFormatException e) {
        // Checked on upload; a stored envelope this version cannot read is skipped, not fatal.
        log.warn("Recording {} of {} is unreadable and is not replayed: {}", recording.id(), app,
            e.getMessage());
      }
    }
    return calls;
  }
}
