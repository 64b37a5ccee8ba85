package dev.flamefix.server.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a request record's Bean Validation annotations and words each violation as the API's
 * {@code errors} do: {@code "field.path: why"}. For requests whose other checks need the server's
 * state (files on disk, configured models), so that one answer still lists every problem; a
 * request with annotations only is bound with {@code @Valid} instead.
 */
@Component
public class RequestValidation {

  private final Validator validator;

  public RequestValidation(Validator validator) {
    this.validator = validator;
  }

  /** The violations of {@code request}, ordered by field; empty when it is valid. */
  public List<String> errors(Object request) {
    List<String> errors = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(request)) {
      errors.add(error(field(v.getPropertyPath()), v.getMessage()));
    }
    errors.sort(null);
    return errors;
  }

  /** One entry of {@code errors}: the field without list indices, then why. */
  static String error(String field, String message) {
    return field.replaceAll("\\[\\d*]", "") + ": " + message;
  }

  private static String field(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getName() == null || node.getName().startsWith("<")) {
        continue; // a list element: the API names the list
      }
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(node.getName());
    }
    return sb.toString();
  }
}
