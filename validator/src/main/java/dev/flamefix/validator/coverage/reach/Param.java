package dev.flamefix.validator.coverage.reach;

/**
 * A parameter of the compared method: its source name, its JVM descriptor kind ({@code I, J, S,
 * B, C, Z, F, D} or {@code L} for references and arrays) and its local variable slot.
 *
 * @param name the name the precondition uses
 * @param kind the first character of its descriptor ({@code [} is reported as {@code L})
 * @param slot the local variable slot it arrives in
 */
public record Param(String name, char kind, int slot) {

  /** Whether the precondition's integer reasoning covers it. */
  boolean integral() {
    return kind == 'I' || kind == 'J' || kind == 'S' || kind == 'B' || kind == 'C';
  }

  /** The smallest value of its type. */
  long min() {
    return switch (kind) {
      case 'J' -> Long.MIN_VALUE;
      case 'S' -> Short.MIN_VALUE;
      case 'B' -> Byte.MIN_VALUE;
      case 'C' -> 0;
      default -> Integer.MIN_VALUE;
    };
  }

  /** The largest value of its type. */
  long max() {
    return switch (kind) {
      case 'J' -> Long.MAX_VALUE;
      case 'S' -> Short.MAX_VALUE;
      case 'B' -> Byte.MAX_VALUE;
      case 'C' -> Character.MAX_VALUE;
      default -> Integer.MAX_VALUE;
    };
  }
}
