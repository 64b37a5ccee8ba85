package dev.flamefix.optimizer.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One request/response with a model, kept for audit. Holds no credentials: the API key never
 * enters it and error texts are scrubbed of it.
 *
 * @param model candidate label, {@code model:<name>}
 * @param system the system message sent
 * @param user the user message sent (after redaction, if on)
 * @param response the raw answer text, or null when none arrived
 * @param started when the first attempt began
 * @param elapsed wall time over all attempts
 * @param attempts how many HTTP attempts were made
 * @param status outcome
 * @param error last error, or null
 */
public record Exchange(
    String model,
    String system,
    String user,
    String response,
    Instant started,
    Duration elapsed,
    int attempts,
    Status status,
    String error) {

  /** How an exchange ended. */
  public enum Status { OK, RATE_LIMITED, SERVER_ERROR, TIMEOUT, FAILED }
}
