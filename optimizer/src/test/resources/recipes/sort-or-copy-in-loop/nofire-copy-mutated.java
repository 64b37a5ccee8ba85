import java.util.*;

public class Fixture {
  public static int target(List<Integer> values, int rounds) {
    int t = 0;
    for (int r = 0; r < rounds; r++) {
      List<Integer> copy = new ArrayList<>(values);
      copy.add(r);
      t += copy.size();
    }
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(1), 2));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
