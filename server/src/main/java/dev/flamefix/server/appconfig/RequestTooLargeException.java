package dev.flamefix.server.appconfig;

/** A request body above {@code flamefix.optimize.max-request-size}: 413. */
public class RequestTooLargeException extends RuntimeException {
  public RequestTooLargeException(String message) {
    super(message);
  }
}
