package dev.flamefix.server.validation;

/**
 * No validation worker took a job's queued validation within {@code
 * flamefix.validation.unclaimed-timeout}; the job fails with this message.
 */
public class NoValidationWorkerException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** @param message the reason the job shows */
  public NoValidationWorkerException(String message) {
    super(message);
  }
}
