package dev.flamefix.optimizer.model;

/**
 * What one model call produced.
 *
 * @param text the answer text (null if the call failed)
 * @param truncated the model stopped on its token limit
 * @param exchange the audit record of the call
 */
public record ModelAnswer(String text, boolean truncated, Exchange exchange) {
  public boolean ok() {
    return exchange.status() == Exchange.Status.OK && text != null;
  }
}
