package dev.flamefix.server.kb;

import dev.flamefix.kb.ImportResult;
import java.util.List;

/**
 * The answer to {@code POST /api/kb/import}: good lines are stored even when others are refused.
 *
 * @param imported number of cases stored
 * @param errors one entry per refused line, in input order
 */
public record KbImportResponse(int imported, List<LineError> errors) {

  /**
   * Why one line was refused.
   *
   * @param line 1-based line number in the body
   * @param message what was wrong
   */
  public record LineError(int line, String message) {}

  static KbImportResponse of(ImportResult r) {
    return new KbImportResponse(
        r.imported(), r.errors().stream().map(e -> new LineError(e.line(), e.message())).toList());
  }
}
