package robotics.fusion;

import java.util.Arrays;

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
    int[] medians = new int[readings.length - width + 1];
    for (int start = 0; start < medians.length; start++) {
      int[] window = Arrays.copyOfRange(readings, start, start + width);
      Arrays.sort(window);
      medians[start] = window[(width - 1) / 2];
    }
    return medians;
  }
}
