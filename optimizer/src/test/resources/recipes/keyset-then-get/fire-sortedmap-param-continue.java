// expect: for (Map.Entry<String, Integer> entry : litresByTank.entrySet())
import java.util.*;

public class Fixture {
  record Refill(int tanks, long litres, String fullest) {}

  public static Refill target(SortedMap<String, Integer> litresByTank, int capacity) {
    int tanks = 0;
    long litres = 0;
    String fullest = null;
    int most = Integer.MIN_VALUE;
    for (String tank : litresByTank.keySet()) {
      int level = litresByTank.get(tank);
      if (level >= capacity) {
        continue;
      }
      tanks++;
      litres += capacity - litresByTank.get(tank);
      if (fullest == null || level > most) {
        fullest = tank;
        most = level;
      }
    }
    return new Refill(tanks, litres, fullest);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    SortedMap<String, Integer> m = new TreeMap<>(Map.of("t3", 40, "t1", 90, "t2", 40, "t9", 100));
    out.append(safe(() -> target(m, 100))).append('\n');
    out.append(safe(() -> target(new TreeMap<>(), 100))).append('\n');
    SortedMap<String, Integer> withNull = new TreeMap<>();
    withNull.put("a", 1);
    withNull.put("b", null);
    out.append(safe(() -> target(withNull, 10))).append('\n');
    out.append(safe(() -> target(null, 10))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
