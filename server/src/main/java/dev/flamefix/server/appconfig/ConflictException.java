package dev.flamefix.server.appconfig;

import dev.flamefix.server.web.ApiException;
import org.springframework.http.HttpStatus;

/** The request conflicts with the resource's state (e.g. deciding a decided proposal): 409. */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String reason, String message) {
    super(HttpStatus.CONFLICT, "Conflict", reason, message);
  }
}
