package dev.flamefix.server.ingest;

import java.io.Serial;

/** Ingest is at its in-flight bound; answered 429 with {@code Retry-After} by the controller. */
class IngestSaturatedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** Reason code of the problem response. */
  static final String REASON = "saturated";

  private final long retryAfterSeconds;

  IngestSaturatedException(int maxInFlight, long retryAfterSeconds) {
    super("ingest is busy (" + maxInFlight + " requests in flight); retry after " + retryAfterSeconds
        + " s with the same payload: a retry is never stored twice");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
