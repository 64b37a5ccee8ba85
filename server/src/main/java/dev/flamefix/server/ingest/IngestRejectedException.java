package dev.flamefix.server.ingest;

import dev.flamefix.collector.ingest.IngestException;
import dev.flamefix.server.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * An ingest request refused before or while decoding. {@link #reason()} is the stable code that
 * tags the {@code flamefix.ingest.rejected} metric and the {@code reason} of the problem response
 * (title "Ingest refused").
 */
public class IngestRejectedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** The request's parameters ({@code name}, {@code from}, ...) are missing or malformed. */
  public static final String BAD_REQUEST = IngestException.BAD_REQUEST;
  /** The ingest token is missing or wrong. */
  public static final String UNAUTHORIZED = "unauthorized";

  /**
   * @param status the HTTP status to answer with
   * @param reason a stable reason code (this class's constants or the collector's)
   * @param message what was wrong, for the person reading the agent's log
   */
  public IngestRejectedException(HttpStatus status, String reason, String message) {
    super(status, "Ingest refused", reason, message);
  }
}
