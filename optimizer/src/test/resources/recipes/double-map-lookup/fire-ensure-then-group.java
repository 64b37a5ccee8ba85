// expect: bySupplier.computeIfAbsent(item.supplier(), k -> new ArrayList<>()).add(item.sku());
import java.util.*;

public class Fixture {
  record Item(String sku, String supplier) {}

  public static Map<String, List<String>> target(List<Item> items) {
    Map<String, List<String>> bySupplier = new TreeMap<>();
    for (Item item : items) {
      if (!bySupplier.containsKey(item.supplier())) {
        bySupplier.put(item.supplier(), new ArrayList<>());
      }
      bySupplier.get(item.supplier()).add(item.sku());
    }
    return bySupplier;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Item("s1", "b"), new Item("s2", "a"), new Item("s3", "b"), new Item(null, "a"))))).append('\n');
    out.append(safe(() -> target(List.of(new Item("s1", null))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
