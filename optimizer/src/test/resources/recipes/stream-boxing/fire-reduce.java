// expect: mapToInt(
import java.util.*;

public class Fixture {
  public static int target(List<String> words) {
    int total = words.stream().map(String::length).reduce(0, Integer::sum);
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("ab", "cde", "")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
