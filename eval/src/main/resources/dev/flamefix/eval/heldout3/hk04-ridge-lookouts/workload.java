package outdoors.trails;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RidgeProfileWorkload {
  public static Supplier<Object> workload() {
    int[] elevation = new int[6_000];
    for (int i = 0; i < elevation.length; i++) {
      elevation[i] = 800 + (int) (600 * Math.sin(i / 700.0)) + (i * 7_919) % 97;
    }
    List<RidgeProfile.Stretch> stretches = new ArrayList<>();
    for (int q = 0; q < 1_500; q++) {
      int from = (q * 4_513) % 1_500;
      stretches.add(new RidgeProfile.Stretch(from, from + 1_500 + (q * 31) % 3_000));
    }
    return () -> RidgeProfile.highestBetween(elevation, stretches);
  }
}
