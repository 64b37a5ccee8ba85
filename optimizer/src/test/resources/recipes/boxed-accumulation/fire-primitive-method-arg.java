// expect: int misses = 0
import java.util.*;

public class Fixture {
  static String describe(int misses, int total) {
    return misses + "/" + total;
  }

  public static String target(int[] scores, int threshold) {
    Integer misses = 0;
    for (int s : scores) {
      if (s < threshold) misses += 1;
    }
    return describe(misses, scores.length);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, 50, 3, 99}, 10))).append('\n');
    out.append(safe(() -> target(new int[0], 10))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
