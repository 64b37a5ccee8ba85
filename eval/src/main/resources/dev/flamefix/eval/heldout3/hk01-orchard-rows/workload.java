package horticulture.orchard;

import java.util.function.Supplier;

public final class RowPlannerWorkload {
  public static Supplier<Object> workload() {
    long[] margins = new long[2_500];
    for (int i = 0; i < margins.length; i++) {
      margins[i] = ((i * 7_919L) % 20_001) - 10_000 + (i % 97 == 0 ? 25_000 : 0);
    }
    return () -> RowPlanner.bestBlock(margins);
  }
}
