package dev.flamefix.server.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers with a problem detail (see {@link Problems}): controllers and services
 * throw it, {@link ApiExceptionHandler} writes it. Subclasses fix the status and title of one kind
 * of refusal.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final String reason;

  /**
   * @param status the HTTP status to answer with
   * @param title the problem's title
   * @param reason the stable reason code
   * @param detail what was wrong, the problem's {@code detail}
   */
  public ApiException(HttpStatus status, String title, String reason, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.reason = reason;
  }

  /** The HTTP status to answer with. */
  public HttpStatus status() {
    return status;
  }

  /** The problem's title. */
  public String title() {
    return title;
  }

  /** The stable reason code. */
  public String reason() {
    return reason;
  }

  /** Extra members of the problem detail (e.g. {@code errors}); none by default. */
  public Map<String, Object> properties() {
    return Map.of();
  }
}
