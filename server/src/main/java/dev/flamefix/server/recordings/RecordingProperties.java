package dev.flamefix.server.recordings;

import dev.flamefix.recording.RecordingBatch;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code flamefix.recording.*}: how recordings of production calls are requested, handed to agents
 * and kept.
 *
 * @param pendingExpiry a request no agent claimed within this is {@code EXPIRED} (default 10 min)
 * @param uploadGrace a claimed request whose agent has not uploaded within its duration plus this
 *     is {@code FAILED} (default 5 min): the agent went away
 * @param maxUploadSize largest envelope an agent may upload (default 64MB)
 * @param replayCalls most stored calls of one method handed to an optimization (default 500)
 * @param redact regular expressions every agent applies to recorded strings, in addition to its own
 *     {@code redact} option
 */
@ConfigurationProperties("flamefix.recording")
public record RecordingProperties(
    Duration pendingExpiry,
    Duration uploadGrace,
    DataSize maxUploadSize,
    Integer replayCalls,
    List<String> redact) {

  /** The most calls one request may ask for: what one envelope may carry. */
  public static final int MAX_CALLS = RecordingBatch.MAX_CALLS;

  public RecordingProperties {
    pendingExpiry = pendingExpiry == null ? Duration.ofMinutes(10) : pendingExpiry;
    uploadGrace = uploadGrace == null ? Duration.ofMinutes(5) : uploadGrace;
    maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(64) : maxUploadSize;
    replayCalls = replayCalls == null || replayCalls < 0 ? 500 : replayCalls;
    redact = redact == null ? List.of() : List.copyOf(redact);
    for (String rule : redact) {
      try {
        Pattern.compile(rule);
      } catch (PatternSyntaxException e) {
        // Fails start-up: a redaction rule that cannot run would silently leak what it should hide.
        throw new IllegalArgumentException(
            "flamefix.recording.redact: not a regular expression: " + e.getDescription(), e);
      }
    }
  }
}
