// expect: == null
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

public class Fixture {
  public static int target(ConcurrentHashMap<String, Integer> prices, List<String> items) {
    int total = 0;
    for (String item : items) {
      if (!prices.containsKey(item)) {
        total -= 1;
      } else {
        total += prices.get(item) * 2;
      }
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>(Map.of("a", 3, "b", 5));
    out.append(safe(() -> target(m, List.of("a", "b", "z", "a")))).append('\n');
    out.append(safe(() -> target(m, List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
