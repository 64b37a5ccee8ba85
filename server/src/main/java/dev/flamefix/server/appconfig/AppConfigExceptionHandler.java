package dev.flamefix.server.appconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 7807 answers for the optimization pipeline's refusals, in the same shape as {@code
 * web.ApiExceptionHandler} ({@code type}, {@code title}, {@code detail}, {@code reason}; plus
 * {@code errors} listing every invalid field).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AppConfigExceptionHandler {

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid request", "invalid_request", e.getMessage());
    p.setProperty("errors", e.errors());
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.reason(), e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.reason(), e.getMessage());
  }

  @ExceptionHandler(RequestTooLargeException.class)
  ProblemDetail tooLarge(RequestTooLargeException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", "request_too_large", e.getMessage());
  }

  @ExceptionHandler(JsonProcessingException.class)
  ProblemDetail unreadable(JsonProcessingException e) {
    return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "malformed_json", e.getOriginalMessage());
  }

  static ProblemDetail problem(HttpStatus status, String title, String reason, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://flamefix.dev/problems/" + reason.replace('_', '-')));
    p.setProperty("reason", reason);
    return p;
  }
}
