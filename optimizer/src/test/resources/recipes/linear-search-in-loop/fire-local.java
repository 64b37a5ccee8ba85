// expect: Set<String>
import java.util.*;

public class Fixture {
  public static String target(String[] words) {
    List<String> stop = new ArrayList<>();
    stop.add("the");
    stop.add("a");
    StringBuilder kept = new StringBuilder();
    for (String w : words) {
      if (!stop.contains(w.toLowerCase())) {
        kept.append(w.length());
      }
    }
    return kept.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"The", "cat", "a", "dog"}))).append('\n');
    out.append(safe(() -> target(new String[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
