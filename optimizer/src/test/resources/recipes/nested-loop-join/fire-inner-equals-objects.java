// expect: pricesBySku == null || pricesBySku.isEmpty() ? prices
import java.util.*;

public class Fixture {
  static final class Price {
    final String sku;
    final int cents;
    Price(String sku, int cents) { this.sku = sku; this.cents = cents; }
  }

  public static long target(String[] skus, List<Price> prices) {
    long total = 0;
    for (String s : skus) {
      for (Price p : prices) {
        if (p.sku.equals(s)) {
          total += p.cents;
        }
      }
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Price> ps = List.of(new Price("a", 3), new Price("b", 5), new Price("a", 7));
    out.append(safe(() -> target(new String[] {"a", "c", "b", null}, ps))).append('\n');
    out.append(safe(() -> target(new String[] {"a"}, Arrays.asList(new Price("a", 1), new Price(null, 2))))).append('\n');
    out.append(safe(() -> target(new String[0], Arrays.asList(new Price(null, 2))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
