package mountainrescue.huts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RescueRoutesWorkload {
  public static Supplier<Object> workload() {
    int huts = 1_200;
    List<RescueRoutes.Trail> trails = new ArrayList<>();
    for (int h = 1; h < huts; h++) {
      trails.add(new RescueRoutes.Trail(h, (int) (((h * 2_654_435_761L) >>> 7) % h), 20 + (h * 37) % 180));
      trails.add(new RescueRoutes.Trail(h, (h + 17) % huts, 45 + (h * 11) % 240));
    }
    return () -> RescueRoutes.minutesFrom(huts, trails, 0);
  }
}
