// expect: for (String name : names)
import java.util.*;

public class Fixture {
  public static int target(LinkedList<String> names) {
    int total = 0;
    for (int i = 0; i < names.size(); i++) {
      String s = names.get(i);
      if (s == null) continue;
      total += s.length() * 31 + names.get(i).hashCode() % 7;
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new LinkedList<>(Arrays.asList("a", null, "bcd", ""))))).append('\n');
    out.append(safe(() -> target(new LinkedList<>()))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
