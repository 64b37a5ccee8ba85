package dev.flamefix.agent.config;

/** A missing, unknown or malformed agent option; the message is one line, fit for stderr. */
public final class InvalidOptionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a one-line message that never contains a token. */
  public InvalidOptionException(String message) {
    super(message);
  }
}
