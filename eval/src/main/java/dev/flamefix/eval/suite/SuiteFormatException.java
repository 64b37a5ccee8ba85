package dev.flamefix.eval.suite;

/** A suite directory or resource that does not follow the documented layout. */
public class SuiteFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the offending program and file. */
  public SuiteFormatException(String message) {
    super(message);
  }

  /** Creates the exception with a message and the underlying cause. */
  public SuiteFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
