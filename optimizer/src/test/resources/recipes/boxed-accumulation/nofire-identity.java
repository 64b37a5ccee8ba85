import java.util.*;

public class Fixture {
  public static boolean target(int[] xs, Integer other) {
    Integer sum = 0;
    for (int x : xs) sum += x;
    return sum == other;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(new int[] {1}, 1));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
