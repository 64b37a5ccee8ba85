package dev.flamefix.server.appconfig;

import dev.flamefix.server.web.ApiException;
import org.springframework.http.HttpStatus;

/** A request body above its limit ({@code flamefix.optimize.max-request-size}, ...): 413. */
public class RequestTooLargeException extends ApiException {

  private static final long serialVersionUID = 1L;

  public RequestTooLargeException(String message) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", "request_too_large", message);
  }
}
