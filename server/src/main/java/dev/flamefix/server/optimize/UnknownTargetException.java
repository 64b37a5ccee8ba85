package dev.flamefix.server.optimize;

/** A target the sources do not declare: 422 with the optimizer's explanation. */
public class UnknownTargetException extends RuntimeException {
  public UnknownTargetException(String message) {
    super(message);
  }
}
