// expect: != null
import java.util.*;

public class Fixture {
  record Scan(String sku, String dock) {}

  // A HashMap: merge could reorder a bucket, so the single-get form is used instead.
  private final Map<String, Integer> unitsBySku = new HashMap<>();

  public String target(List<Scan> scans) {
    for (Scan scan : scans) {
      if (unitsBySku.containsKey(scan.sku())) {
        unitsBySku.put(scan.sku(), unitsBySku.get(scan.sku()) + 1);
      } else {
        unitsBySku.put(scan.sku(), 1);
      }
    }
    return new TreeMap<>(unitsBySku) + " " + unitsBySku.size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of(new Scan("k1", "d1"), new Scan("k2", "d1"), new Scan("k1", "d2"))))).append('\n');
    out.append(safe(() -> f.target(Arrays.asList(new Scan("k3", "d1"), new Scan(null, "d1"))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
