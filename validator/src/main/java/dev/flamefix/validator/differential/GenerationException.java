package dev.flamefix.validator.differential;

/** An input could not be generated or built for a parameter type. */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message saying which type and why. */
  public GenerationException(String message) {
    super(message);
  }

  /** With a message and the underlying failure. */
  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
