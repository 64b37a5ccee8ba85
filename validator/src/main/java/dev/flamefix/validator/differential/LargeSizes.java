package dev.flamefix.validator.differential;

/**
 * Sizes just past the thresholds where code switches paths: a scratch array of 1024 bytes grows,
 * a 4096- or 8192-byte buffer is refilled or split. Random inputs are mostly a few elements (at
 * most about 240 bytes for a buffer), so such a growth path was never run and the coverage gate
 * left rewrites of it unproven; about 2% of top-level random arrays and collections of atoms
 * (primitives, strings, boxed numbers, enums) and 3% of random buffers get one of these sizes
 * instead.
 */
final class LargeSizes {

  /** Above 1024, 2048, 4096 and 8192, and past them by more than one element. */
  private static final int[] SIZES = {1025, 1100, 2049, 4097, 5000, 8193};

  private LargeSizes() {}

  /**
   * Turns the top of an existing random draw into a large size, so that no further random number
   * is consumed and inputs drawn before stay as they were: {@code draw} uniform in {@code [0,
   * bound)} keeps {@code small} below {@code bound - span}, and its top {@code span} values map
   * to the sizes in turn.
   */
  static int from(int draw, int bound, int span, int small) {
    int index = draw - (bound - span);
    return index >= 0 ? SIZES[index % SIZES.length] : small;
  }
}
