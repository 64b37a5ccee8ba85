package dev.flamefix.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.flamefix.kb.KnowledgeBaseException;
import dev.flamefix.server.appconfig.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one exception handler: every refusal becomes an RFC 7807 problem detail ({@code
 * application/problem+json}) built by {@link Problems}. The project's refusals are {@link
 * ApiException}s; Spring MVC's own (bad query parameter, unsupported media type, ...) keep the
 * answers of {@link ResponseEntityExceptionHandler}, except an unreadable body ({@code
 * malformed_json}) and a {@code @Valid} body with wrong fields ({@code invalid_request} with
 * {@code errors}), which answer like the project's own refusals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** A refusal of the project's: its status, title, reason and properties. */
  @ExceptionHandler(ApiException.class)
  ProblemDetail refused(ApiException e) {
    ProblemDetail p = Problems.of(e.status(), e.title(), e.reason(), e.getMessage());
    e.properties().forEach(p::setProperty);
    return p;
  }

  /**
   * The knowledge base could not be opened or answer (a configured Milvus that is down, an
   * embedded store in use): 503 with the store's own message (which names where, never a token).
   * Opening happens inside the lazy bean's creation, so the cause may come wrapped.
   */
  @ExceptionHandler({KnowledgeBaseException.class, BeanCreationException.class})
  ProblemDetail knowledgeBaseUnavailable(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof KnowledgeBaseException kb) {
        log.error("Knowledge base unavailable: {}", kb.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Knowledge base unavailable", "knowledge_base_unavailable",
            kb.getMessage());
      }
    }
    throw e;
  }

  /** A malformed query parameter (time, limit, ...). */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    return refused(new BadRequestException("bad_request", e.getMessage()));
  }

  /** Unparseable JSON, a wrong type or an unknown field: 400 with Jackson's own words. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = ex.getCause() instanceof JsonProcessingException json
        ? json.getOriginalMessage() : ex.getMessage();
    ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON", "malformed_json", detail);
    return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A {@code @Valid} body with wrong fields: every one as {@code "field: why"} in {@code errors}. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<String> errors = new ArrayList<>();
    for (ObjectError error : ex.getBindingResult().getAllErrors()) {
      String name = error instanceof FieldError field ? field.getField() : error.getObjectName();
      errors.add(RequestValidation.error(name, error.getDefaultMessage()));
    }
    return handleExceptionInternal(ex, refused(new InvalidRequestException(errors)), headers,
        HttpStatus.BAD_REQUEST, request);
  }
}
