package outdoors.trails;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RidgeProfileWorkload {
  public static Supplier<Object> workload() {
    int[] elevation = new int[20_000];
    for (int i = 0; i < elevation.length; i++) {
      elevation[i] = 800 + (int) (600 * Math.sin(i / 700.0)) + (i * 7_919) % 97;
    }
    List<RidgeProfile.Stretch> stretches = new ArrayList<>();
    for (int q = 0; q < 1_200; q++) {
      int from = (q * 4_513) % 15_000;
      stretches.add(new RidgeProfile.Stretch(from, from + 1_000 + (q * 31) % 4_000));
    }
    return () -> RidgeProfile.highestBetween(elevation, stretches);
  }
}
