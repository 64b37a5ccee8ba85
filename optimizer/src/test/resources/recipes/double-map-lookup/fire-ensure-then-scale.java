// expect: Integer score = scores.get(w);
import java.util.*;

public class Fixture {
  public static String target(List<String> words) {
    Map<String, Integer> scores = new HashMap<>();
    for (String w : words) {
      if (!scores.containsKey(w)) {
        scores.put(w, 1);
      }
      scores.put(w, scores.get(w) * 3);
    }
    return new TreeMap<>(scores).toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a", "b", "a", "a")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
