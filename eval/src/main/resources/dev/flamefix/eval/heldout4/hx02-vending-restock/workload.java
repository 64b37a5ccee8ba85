package vending.restock;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class RestockPlannerWorkload {
  public static Supplier<Object> workload() {
    List<RestockPlanner.Sale> sales = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      char tray = (char) ('A' + (i * 5) % 7);
      sales.add(new RestockPlanner.Sale("VM-" + (100 + (i * 31) % 250), tray, 1 + i % 3));
    }
    RestockPlanner planner = new RestockPlanner(40);
    return () -> planner.unitsToRestock(sales);
  }
}
