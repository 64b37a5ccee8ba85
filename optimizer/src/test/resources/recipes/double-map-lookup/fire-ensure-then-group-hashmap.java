// expect: if (group == null) {
import java.util.*;

public class Fixture {
  record Item(String sku, String supplier) {}

  public static Map<String, List<String>> target(List<Item> items) {
    Map<String, List<String>> groups = new HashMap<>();
    for (Item item : items) {
      if (!groups.containsKey(item.supplier())) {
        groups.put(item.supplier(), new ArrayList<>());
      }
      groups.get(item.supplier()).add(item.sku());
    }
    return groups;
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
