package dev.flamefix.optimizer.target;

import dev.flamefix.optimizer.OptimizerException;

/** A target could not be found or is ambiguous; the message names the target and the reason. */
public class TargetResolutionException extends OptimizerException {
  private static final long serialVersionUID = 1L;

  public TargetResolutionException(String message) {
    super(message);
  }

  public TargetResolutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
