package robotics.fusion;

import java.util.function.Supplier;

public final class MedianFilterWorkload {
  public static Supplier<Object> workload() {
    int[] readings = new int[2_000];
    for (int i = 0; i < readings.length; i++) {
      int noise = (i * 7_919) % 61 - 30;
      readings[i] = 2_048 + (int) (900 * Math.sin(i / 40.0)) + noise + (i % 97 == 0 ? 1_500 : 0);
    }
    return () -> MedianFilter.filter(readings, 151);
  }
}
