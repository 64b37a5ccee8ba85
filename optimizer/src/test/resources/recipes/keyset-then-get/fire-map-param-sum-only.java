// expect: total += entry.getValue();
import java.util.*;

public class Fixture {
  public static int target(Map<String, Integer> seatsByRow) {
    int total = 0;
    for (String row : seatsByRow.keySet()) {
      total += seatsByRow.get(row);
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new HashMap<>(Map.of("A", 12, "B", 14, "C", 9))))).append('\n');
    out.append(safe(() -> target(new LinkedHashMap<>(Map.of("A", 1))))).append('\n');
    out.append(safe(() -> target(Map.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
