// expect: if (count == null) count = 0;
import java.util.*;

public class Fixture {
  record View(String page, String country) {}

  record Key(String page, String country) {}

  public static Map<Key, Integer> target(List<View> views) {
    Map<Key, Integer> counts = new HashMap<>();
    for (View v : views) {
      Key key = new Key(v.page(), v.country());
      if (!counts.containsKey(key)) {
        counts.put(key, 0);
      }
      counts.put(key, counts.get(key) + 1);
    }
    return counts;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new TreeMap<>(Map.of("x", target(List.of(new View("a", "de"), new View("b", "fr"), new View("a", "de"), new View(null, null))).toString())))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
