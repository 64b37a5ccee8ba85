package dev.flamefix.server.appconfig;

import dev.flamefix.server.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request whose fields are wrong: answered 400 {@code invalid_request} with one entry per
 * problem, {@code "field: why"}, in {@code errors}.
 */
public class InvalidRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  private final List<String> errors;

  public InvalidRequestException(List<String> errors) {
    super(HttpStatus.BAD_REQUEST, "Invalid request", "invalid_request", String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }

  @Override
  public Map<String, Object> properties() {
    return Map.of("errors", errors);
  }
}
