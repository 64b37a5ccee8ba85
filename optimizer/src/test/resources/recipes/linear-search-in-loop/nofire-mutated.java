import java.util.*;

public class Fixture {
  public static int target(List<String> items, List<String> seen) {
    int dup = 0;
    for (String s : items) {
      if (seen.contains(s)) dup++;
      else seen.add(s);
    }
    return dup;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("a", "a"), new ArrayList<>()));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
