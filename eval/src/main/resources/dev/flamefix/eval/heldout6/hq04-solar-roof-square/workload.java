package solar.survey;

import java.util.function.Supplier;

public final class RoofPlannerWorkload {
  public static Supplier<Object> workload() {
    String[] roof = new String[90];
    for (int r = 0; r < roof.length; r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < 140; c++) {
        boolean vent = (r * 31 + c * 17) % 97 == 0 || (r % 23 == 11 && c % 29 < 2) || (c % 41 == 40 && r % 5 != 0);
        row.append(vent ? '#' : '.');
      }
      roof[r] = row.toString();
    }
    RoofPlanner planner = new RoofPlanner();
    return () -> planner.largestSquare(roof);
  }
}
