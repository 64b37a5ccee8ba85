import java.util.*;

public class Fixture {
  public static int target(List<Integer> values, int rounds) {
    List<Integer> src = new ArrayList<>(values);
    int t = 0;
    for (int r = 0; r < rounds; r++) {
      List<Integer> copy = new ArrayList<>(src);
      Collections.sort(copy);
      t += copy.get(0);
      src.add(-r);
    }
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(1), 3));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
