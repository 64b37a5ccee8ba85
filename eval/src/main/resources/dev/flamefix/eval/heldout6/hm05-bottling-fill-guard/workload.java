package bottling.line;

import java.util.function.Supplier;

public final class FillWeightGuardWorkload {
  public static Supplier<Object> workload() {
    int[] grams = new int[24_000];
    for (int i = 0; i < grams.length; i++) {
      int drift = (i / 3_000) % 2 == 1 ? -6 : 0;
      grams[i] = 752 + drift + (i * 7_919) % 11 - 5;
    }
    FillWeightGuard guard = new FillWeightGuard(1_200, 747, 150);
    return () -> guard.check(grams);
  }
}
