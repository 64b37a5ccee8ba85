package dev.flamefix.server.optimize;

import dev.flamefix.server.web.ApiException;
import org.springframework.http.HttpStatus;

/** A target the sources do not declare: 422 with the optimizer's explanation. */
public class UnknownTargetException extends ApiException {

  private static final long serialVersionUID = 1L;

  public UnknownTargetException(String message) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown target", "unknown_target", message);
  }
}
