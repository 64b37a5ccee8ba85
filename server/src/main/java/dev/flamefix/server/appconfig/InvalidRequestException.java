package dev.flamefix.server.appconfig;

import java.util.List;

/**
 * A request body whose fields are wrong: answered 400 with one entry per problem in {@code
 * errors} (see {@link AppConfigExceptionHandler}).
 */
public class InvalidRequestException extends RuntimeException {
  private final List<String> errors;

  public InvalidRequestException(List<String> errors) {
    super(String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
