package dev.flamefix.eval.suite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One test of an evaluation program: call {@code method} with {@code args} (converted to the
 * method's generic parameter types) and expect either a result equal to {@code expected} as a
 * JSON tree or an exception of exactly the class {@code throwsType}.
 *
 * @param method name of the method to call; overloads are told apart by argument count
 * @param ctor constructor arguments for instance methods (absent: the no-argument constructor)
 * @param args the call's arguments as JSON values
 * @param expected the expected result as JSON; {@code null} when an exception is expected
 * @param throwsType fully qualified class name of the expected exception, or {@code null}
 * @param tolerance relative tolerance for floating-point numbers; {@code null} means 1e-9
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TestCase(
    String method,
    ArrayNode ctor,
    ArrayNode args,
    JsonNode expected,
    @JsonProperty("throws") String throwsType,
    Double tolerance) {

  /** Relative tolerance used when a test names none. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  /** Validates the shape; the suite refuses a test that could never be decided. */
  public TestCase {
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("test has no method");
    }
    if (args == null) {
      throw new IllegalArgumentException("test of " + method + " has no args array");
    }
    if ((expected == null) == (throwsType == null)) {
      throw new IllegalArgumentException(
          "test of " + method + " must have exactly one of 'expected' and 'throws'");
    }
  }

  /** The tolerance to apply to floating-point comparisons. */
  public double effectiveTolerance() {
    return tolerance == null ? DEFAULT_TOLERANCE : tolerance;
  }
}
