package dev.flamefix.optimizer;

/** Raised when the optimizer cannot do what was asked; the message says what and why. */
public class OptimizerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OptimizerException(String message) {
    super(message);
  }

  public OptimizerException(String message, Throwable cause) {
    super(message, cause);
  }
}
