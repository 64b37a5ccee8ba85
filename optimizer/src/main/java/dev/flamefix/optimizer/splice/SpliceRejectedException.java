package dev.flamefix.optimizer.splice;

import dev.flamefix.optimizer.OptimizerException;

/** A model answer that cannot be spliced safely; the message is the reason. */
public class SpliceRejectedException extends OptimizerException {
  private static final long serialVersionUID = 1L;

  public SpliceRejectedException(String reason) {
    super(reason);
  }
}
