import java.util.*;

public class Fixture {
  static List<String> shared = new ArrayList<>();
  static void note(String s) { shared.add(s); }
  public static int target(List<String> items) {
    int n = 0;
    for (String s : items) {
      if (shared.contains(s)) n++;
      note(s);
    }
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of("a", "a")));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
