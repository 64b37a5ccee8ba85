package dev.flamefix.server.appconfig;

/** The request conflicts with the resource's state (e.g. deciding a decided proposal): 409. */
public class ConflictException extends RuntimeException {
  private final String reason;

  public ConflictException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
