package dev.flamefix.validator.coverage.reach;

/**
 * An abstract JVM value: its computational kind ({@code I} int, {@code J} long, {@code F}, {@code
 * D}, {@code A} reference, {@code T} the unusable second half of a long or double, or an unset
 * local) and, for ints and longs, possibly its exact value.
 *
 * @param kind the kind
 * @param known whether {@code value} is the exact value
 * @param value the value when known (an int is stored sign-extended)
 */
record Val(char kind, boolean known, long value) {
  static final Val INT = new Val('I', false, 0);
  static final Val LONG = new Val('J', false, 0);
  static final Val FLOAT = new Val('F', false, 0);
  static final Val DOUBLE = new Val('D', false, 0);
  static final Val REF = new Val('A', false, 0);
  static final Val TOP = new Val('T', false, 0);

  static Val ofInt(long v) {
    return new Val('I', true, (int) v);
  }

  static Val ofLong(long v) {
    return new Val('J', true, v);
  }

  /** The unknown value of a descriptor's type ({@code V} gives {@code null}). */
  static Val unknown(char descriptor) {
    return switch (descriptor) {
      case 'Z', 'B', 'C', 'S', 'I' -> INT;
      case 'J' -> LONG;
      case 'F' -> FLOAT;
      case 'D' -> DOUBLE;
      case 'V' -> null;
      default -> REF;
    };
  }

  /** The same kind, value forgotten. */
  Val forget() {
    return known ? new Val(kind, false, 0) : this;
  }

  /** Whether it takes two stack words. */
  boolean wide() {
    return kind == 'J' || kind == 'D';
  }
}
