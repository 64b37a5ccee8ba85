package touring.ebus;

import java.util.function.Supplier;

public final class ChargingLoopWorkload {
  public static Supplier<Object> workload() {
    int stops = 1_500;
    int[] charge = new int[stops];
    int[] use = new int[stops];
    for (int i = 0; i < stops; i++) {
      charge[i] = 900 + (i * 31) % 200;
      use[i] = 880 + (i * 17) % 160;
    }
    use[stops - 40] += 2_000_000;
    charge[stops - 25] += 2_000_000;
    return () -> ChargingLoop.firstWorkableStart(charge, use);
  }
}
