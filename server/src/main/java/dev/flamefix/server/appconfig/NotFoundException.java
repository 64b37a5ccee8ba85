package dev.flamefix.server.appconfig;

/** Something addressed by the URL (app configuration, job, proposal) does not exist: 404. */
public class NotFoundException extends RuntimeException {
  private final String reason;

  public NotFoundException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Stable machine-readable reason, e.g. {@code unknown_job}. */
  public String reason() {
    return reason;
  }
}
