import java.util.*;

public class Fixture {
  private final Map<String, Integer> stockByItem = new TreeMap<>();

  // Another method stores a value that may be null.
  void restock(String item, Integer count) {
    stockByItem.put(item, count);
  }

  public String target(List<String> items) {
    for (String item : items) {
      if (stockByItem.containsKey(item)) {
        stockByItem.put(item, stockByItem.get(item) + 1);
      } else {
        stockByItem.put(item, 1);
      }
    }
    return stockByItem.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    f.restock("nails", null);
    out.append(safe(() -> f.target(List.of("nails", "screws")))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
