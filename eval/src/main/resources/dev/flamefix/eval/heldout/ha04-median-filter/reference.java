package robotics.fusion;

import java.util.TreeMap;

public final class MedianFilter {

  private MedianFilter() {}

  /**
   * The lower median of every full window of {@code width} consecutive ADC readings (one output
   * per window position); no output when the width does not fit.
   */
  public static int[] filter(int[] readings, int width) {
    if (width <= 0 || width > readings.length) {
      return new int[0];
    }
    Halves halves = new Halves((width + 1) / 2);
    for (int i = 0; i < width; i++) {
      halves.add(readings[i]);
    }
    int[] medians = new int[readings.length - width + 1];
    medians[0] = halves.lowerMedian();
    for (int start = 1; start < medians.length; start++) {
      halves.remove(readings[start - 1]);
      halves.add(readings[start + width - 1]);
      medians[start] = halves.lowerMedian();
    }
    return medians;
  }

  /** The window as two counted multisets: every key of {@code low} <= every key of {@code high}. */
  private static final class Halves {
    private final TreeMap<Integer, Integer> low = new TreeMap<>();
    private final TreeMap<Integer, Integer> high = new TreeMap<>();
    private final int lowTarget;
    private int lowSize;
    private int highSize;

    Halves(int lowTarget) {
      this.lowTarget = lowTarget;
    }

    void add(int value) {
      if (lowSize == 0 || value <= low.lastKey()) {
        increment(low, value);
        lowSize++;
      } else {
        increment(high, value);
        highSize++;
      }
      rebalance();
    }

    /** Removes one copy of a value that is in the window. */
    void remove(int value) {
      if (lowSize > 0 && value <= low.lastKey()) {
        decrement(low, value);
        lowSize--;
      } else {
        decrement(high, value);
        highSize--;
      }
      // Refill the lower half now: add() compares with its largest key.
      rebalance();
    }

    int lowerMedian() {
      return low.lastKey();
    }

    /** Keeps {@code lowTarget} values in the lower half once the window is full. */
    private void rebalance() {
      while (lowSize > lowTarget) {
        int moved = low.lastKey();
        decrement(low, moved);
        lowSize--;
        increment(high, moved);
        highSize++;
      }
      while (lowSize < lowTarget && highSize > 0) {
        int moved = high.firstKey();
        decrement(high, moved);
        highSize--;
        increment(low, moved);
        lowSize++;
      }
    }

    private static void increment(TreeMap<Integer, Integer> half, int value) {
      half.merge(value, 1, Integer::sum);
    }

    private static void decrement(TreeMap<Integer, Integer> half, int value) {
      half.computeIfPresent(value, (k, n) -> n == 1 ? null : n - 1);
    }
  }
}
