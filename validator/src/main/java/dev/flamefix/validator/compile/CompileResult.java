package dev.flamefix.validator.compile;

import java.util.List;

/**
 * Outcome of compiling the original and the candidate side by side.
 *
 * @param success whether both compiled
 * @param errors compiler errors, empty on success
 * @param candidateClassName the binary name the candidate was compiled under, e.g.
 *     {@code com.acme.Foo__candidate}
 */
public record CompileResult(boolean success, List<CompileError> errors, String candidateClassName) {

  /** Canonical constructor; copies the list. */
  public CompileResult {
    errors = List.copyOf(errors);
  }
}
