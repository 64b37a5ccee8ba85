package dev.flamefix.server.web;

import org.springframework.http.HttpStatus;

/** A malformed request parameter or body that is not a list of field errors: 400 "Bad request". */
public class BadRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param reason the stable reason code, e.g. {@code bad_request} or {@code empty_body}
   * @param detail what was wrong
   */
  public BadRequestException(String reason, String detail) {
    super(HttpStatus.BAD_REQUEST, "Bad request", reason, detail);
  }
}
