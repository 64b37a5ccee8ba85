package dev.flamefix.server.web;

import dev.flamefix.server.ingest.IngestRejectedException;
import dev.flamefix.server.profiles.AppNotFoundException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into RFC 7807 problem details ({@code application/problem+json}) with a stable
 * {@code reason} property next to the human-readable {@code detail}.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  /** A refused ingest: 400, 401 or 413 with the collector's or the server's reason code. */
  @ExceptionHandler(IngestRejectedException.class)
  ProblemDetail ingestRejected(IngestRejectedException e) {
    return problem(e.status(), "Ingest refused", e.reason(), e.getMessage());
  }

  /** An application with no stored profiles. */
  @ExceptionHandler(AppNotFoundException.class)
  ProblemDetail appNotFound(AppNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Unknown application", "unknown_app", e.getMessage());
  }

  /** A malformed query parameter (time, limit, ...). */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", "bad_request", e.getMessage());
  }

  private static ProblemDetail problem(HttpStatus status, String title, String reason, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://flamefix.dev/problems/" + reason.replace('_', '-')));
    p.setProperty("reason", reason);
    return p;
  }
}
