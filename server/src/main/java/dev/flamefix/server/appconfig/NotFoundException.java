package dev.flamefix.server.appconfig;

import dev.flamefix.server.web.ApiException;
import org.springframework.http.HttpStatus;

/** Something addressed by the URL (app configuration, job, proposal) does not exist: 404. */
public class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param reason stable machine-readable reason, e.g. {@code unknown_job}
   * @param message what was not found
   */
  public NotFoundException(String reason, String message) {
    this("Not found", reason, message);
  }

  /** With a title more specific than "Not found", e.g. "Unknown case". */
  public NotFoundException(String title, String reason, String message) {
    super(HttpStatus.NOT_FOUND, title, reason, message);
  }
}
