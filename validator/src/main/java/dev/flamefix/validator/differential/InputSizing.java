package dev.flamefix.validator.differential;

import java.util.OptionalLong;
import java.util.function.IntFunction;

/**
 * How big a benchmark's inputs are. Sized inputs (collections, arrays, strings, buffers): starting from the configured size, the size doubles until
 * one operation of the original (one call on each representative input) costs at least a
 * threshold, or the size cap is reached, or a bigger size cannot be used (the original fails or
 * is too slow on it, or the inputs do not grow). Operations of a few nanoseconds sit at the
 * level of the harness's own per-operation overhead, where a real speed-up measures as none.
 * Past the threshold it keeps doubling while the original's cost grows super-linearly ({@link
 * #SUPERLINEAR_RATIO} per doubling) and stays under {@link #SUPERLINEAR_CAP_NANOS}: a quadratic
 * original (a {@code contains} on a growing list) is what a linear rewrite fixes, and on a few
 * hundred elements the quadratic term is still hidden under the per-element constant work (a
 * list-as-set rewrite measured 1.04x there and 12x on production's 2400 calls).
 * A method of scalars only gets as many argument tuples as affordable ({@link
 * #largestAffordable}).
 */
final class InputSizing {

  /**
   * One operation of the original should take at least this long: the harness's fixed cost per
   * operation (the loop, the handle call, the blackhole; a few nanoseconds) is then about 1% of
   * it, so a speed-up measures within about 1% of its real value.
   */
  static final long THRESHOLD_NANOS = 1_000;

  /**
   * Most one operation of a method taking only scalars may cost at the largest tuple count that
   * is used: thousands of distinct argument tuples are too many for the processor's branch
   * predictor to learn their sequence. Over a few hundred repeating tuples it learns them, so a
   * loop over a number's bytes runs without the mispredictions it costs on production's varied
   * numbers, and a branch-free rewrite that wins there measured slower (a varint size: 0.8x over
   * a few hundred tuples, 1.4x on a driver of 4096 varied values).
   */
  static final long SCALAR_CAP_NANOS = 1_000_000;

  /**
   * Growth of the original's cost per doubling of its inputs from which it counts as
   * super-linear: 2 is linear, 4 quadratic; 2.8 is an exponent of about 1.5, well above what
   * measurement noise and cache effects make of a linear method.
   */
  static final double SUPERLINEAR_RATIO = 2.8;

  /**
   * Most one operation of a super-linear original may cost for its inputs to be doubled again:
   * large enough that the quadratic term dominates the constant work, small enough that a JMH
   * iteration still runs many operations.
   */
  static final long SUPERLINEAR_CAP_NANOS = 1_000_000;

  /** Largest size the doubling reaches (65,536 elements): bounds memory and set-up time. */
  static final int MAX_SIZE = 1 << 16;

  private InputSizing() {}

  /**
   * The chosen size.
   *
   * @param start the configured size, kept when it is already expensive enough or unusable
   * @param max the size cap
   * @param thresholdNanos the cost per operation to reach
   * @param cost nanoseconds per operation of the original at a size, or empty when that size
   *     cannot be used
   */
  static int choose(int start, int max, long thresholdNanos, IntFunction<OptionalLong> cost) {
    int size = start;
    OptionalLong current = cost.apply(size);
    double growth = 0;
    while (current.isPresent() && size <= max / 2) {
      boolean cheap = current.getAsLong() < thresholdNanos;
      boolean superLinear = growth >= SUPERLINEAR_RATIO
          && current.getAsLong() < SUPERLINEAR_CAP_NANOS;
      // Once expensive enough, one more doubling is priced to see how the cost grows.
      boolean unknownGrowth = growth == 0 && current.getAsLong() < SUPERLINEAR_CAP_NANOS;
      if (!cheap && !superLinear && !unknownGrowth) {
        break;
      }
      OptionalLong next = cost.apply(2 * size);
      if (next.isEmpty()) {
        break;
      }
      growth = (double) next.getAsLong() / Math.max(1, current.getAsLong());
      if (!cheap && growth < SUPERLINEAR_RATIO) {
        // Linear past the threshold: the bigger inputs show nothing the smaller ones do not.
        break;
      }
      size *= 2;
      current = next;
    }
    return size;
  }

  /**
   * The largest size from {@code max} down, halving, at which one operation of the original
   * costs at most {@code capNanos}; {@code min} when none does or none can be used. Tried from
   * the top so that a cheap method needs one set-up, not one per doubling (each builds its inputs
   * through a guarded call per tuple, which on a loaded machine used up the sizing budget at a
   * few hundred tuples).
   */
  static int largestAffordable(int min, int max, long capNanos, IntFunction<OptionalLong> cost) {
    int size = max;
    while (size > min) {
      OptionalLong c = cost.apply(size);
      if (c.isPresent() && c.getAsLong() <= capNanos) {
        return size;
      }
      size = Math.max(min, size / 2);
    }
    return min;
  }

  /**
   * The largest size from {@code max} down, halving, that {@code sampleNanos} (one operation
   * over {@code min} tuples) prices at most {@code capNanos}, assuming every tuple costs about
   * the same; {@code min} when none does.
   */
  static int affordableFromSample(int min, int max, long capNanos, long sampleNanos) {
    double perTuple = Math.max(1.0, sampleNanos) / min;
    int size = max;
    while (size > min && perTuple * size > capNanos) {
      size /= 2;
    }
    return Math.max(min, size);
  }
}
