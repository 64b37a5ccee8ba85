// expect: Integer hit = hits.get(h);
import java.util.*;

public class Fixture {
  enum Status { OK, MISS, ERROR }

  record Hit(String path, Status status) {}

  /** User story: counts accumulated with containsKey / put / get. */
  public static Map<Hit, Integer> target(String[] log) {
    Map<Hit, Integer> hits = new HashMap<>();
    for (String line : log) {
      String[] parts = line.split(" ");
      Hit h = new Hit(parts[0], Status.valueOf(parts[1]));
      if (!hits.containsKey(h)) hits.put(h, 0);
      hits.put(h, 1 + hits.get(h));
    }
    return hits;
  }

  // Enum hash codes differ from run to run: print the entries sorted.
  static Object sorted(Map<Hit, Integer> m) {
    return new TreeMap<>(Map.of("entries", m.entrySet().stream().map(Object::toString).sorted().toList()));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> sorted(target(new String[] {"/a OK", "/b MISS", "/a OK", "/a ERROR", "/b MISS", "/c OK"})))).append('\n');
    out.append(safe(() -> target(new String[0]))).append('\n');
    out.append(safe(() -> target(new String[] {"/a OK", "/a NOPE"}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
