package recycling.weighbridge;

import java.util.function.Supplier;

public final class BaleLoadsWorkload {
  public static Supplier<Object> workload() {
    int[] bales = new int[380];
    for (int i = 0; i < bales.length; i++) {
      bales[i] = 350 + (i * 7_919) % 400;
    }
    BaleLoads bridge = new BaleLoads(1_500);
    return () -> bridge.exactTriples(bales);
  }
}
