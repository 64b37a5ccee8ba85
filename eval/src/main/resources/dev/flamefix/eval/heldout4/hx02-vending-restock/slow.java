package vending.restock;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class RestockPlanner {

  public enum Tray { A, B, C, D, E, F }

  private static final Tray[] TRAYS = Tray.values();

  public record Sale(String machineId, char tray, int units) {}

  private final int trayCapacity;

  public RestockPlanner(int trayCapacity) {
    this.trayCapacity = trayCapacity;
  }

  /**
   * Units to load per machine (machines sorted) and tray (only trays that sold something), capped
   * at the tray capacity. Sales for a tray letter the machines do not have, or of no units, are
   * ignored.
   */
  public Map<String, Map<Tray, Integer>> unitsToRestock(List<Sale> sales) {
    Map<String, int[]> sold = new HashMap<>();
    for (Sale sale : sales) {
      int index = sale.tray() - 'A';
      if (index < 0 || index >= TRAYS.length || sale.units() <= 0) {
        continue;
      }
      int[] perTray = sold.computeIfAbsent(sale.machineId(), id -> new int[TRAYS.length]);
      perTray[index] = (int) Math.min((long) perTray[index] + sale.units(), trayCapacity);
    }
    Map<String, Map<Tray, Integer>> plan = new TreeMap<>();
    sold.forEach((machine, perTray) -> {
      Map<Tray, Integer> trays = new EnumMap<>(Tray.class);
      for (int i = 0; i < perTray.length; i++) {
        if (perTray[i] > 0) {
          trays.put(TRAYS[i], perTray[i]);
        }
      }
      plan.put(machine, trays);
    });
    return plan;
  }
}
