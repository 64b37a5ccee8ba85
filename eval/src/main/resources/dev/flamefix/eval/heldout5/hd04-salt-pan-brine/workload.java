package saltworks.pans;

import java.util.function.Supplier;

public final class BrineStorageWorkload {
  public static Supplier<Object> workload() {
    int[] floor = new int[1_800];
    for (int i = 0; i < floor.length; i++) {
      floor[i] = (int) (400 * Math.sin(i / 90.0)) + (i * 7_919) % 150 - (i % 300 == 0 ? 0 : 50);
    }
    BrineStorage survey = new BrineStorage();
    return () -> survey.brineCells(floor);
  }
}
