// expect: != null
import java.util.*;

public class Fixture {
  public static String target(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      if (counts.containsKey(w)) {
        counts.put(w, counts.get(w) + 1);
      } else {
        counts.put(w, 1);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) sb.append(w).append('=').append(counts.get(w)).append(' ');
    return sb.toString() + counts.size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a", "b", "a", "c", "a")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("x", null, null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
