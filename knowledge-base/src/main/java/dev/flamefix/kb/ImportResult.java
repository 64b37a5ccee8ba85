package dev.flamefix.kb;

import java.util.List;

/**
 * Outcome of a JSONL import: the good lines are stored even when others are rejected.
 *
 * @param imported number of cases stored
 * @param errors one entry per rejected line, in file order
 */
public record ImportResult(int imported, List<LineError> errors) {

  public ImportResult {
    errors = List.copyOf(errors);
  }

  /** Whether every non-blank line was imported. */
  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * Why one line was rejected.
   *
   * @param line 1-based line number in the input
   * @param message what was wrong with it
   */
  public record LineError(int line, String message) {
    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }
}
