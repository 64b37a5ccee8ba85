package dev.flamefix.validator.compile;

/**
 * One compiler error.
 *
 * @param side which source it is in: {@code "original"}, {@code "candidate"} or {@code "benchmark"}
 *     in a validation, the class name for {@link InMemoryCompiler#compile(java.util.Map,
 *     java.util.List, java.nio.file.Path) plain sources}, {@code "build"} when in no source
 * @param line 1-based line in that source as it was given (the rename keeps lines), or -1
 * @param column 1-based column, or -1
 * @param message the compiler's message, with the candidate's internal class name mapped back
 */
public record CompileError(String side, long line, long column, String message) {

  @Override
  public String toString() {
    return side + ":" + line + ":" + column + ": " + message;
  }
}
