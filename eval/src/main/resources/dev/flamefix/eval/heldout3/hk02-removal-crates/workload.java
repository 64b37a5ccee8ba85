package removals.truck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class CrateNestingWorkload {
  public static Supplier<Object> workload() {
    List<CrateNesting.Crate> crates = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      crates.add(new CrateNesting.Crate("crate-" + i, (int) ((i * 7_919L) % 5_003) + i / 2));
    }
    return () -> CrateNesting.longestNest(crates);
  }
}
