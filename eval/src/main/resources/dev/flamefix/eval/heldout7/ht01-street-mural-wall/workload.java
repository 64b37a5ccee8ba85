package streetart.walls;

import java.util.function.Supplier;

public final class MuralPlannerWorkload {
  public static Supplier<Object> workload() {
    int[] heights = new int[1_600];
    for (int i = 0; i < heights.length; i++) {
      heights[i] = 6 + (i * 7_919) % 9 + (i % 400 == 0 ? 0 : 3);
    }
    MuralPlanner planner = new MuralPlanner();
    return () -> planner.largestMural(heights);
  }
}
