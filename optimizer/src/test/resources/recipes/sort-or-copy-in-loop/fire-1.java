// expect: if (sorted == null)
import java.util.*;

public class Fixture {
  public static long target(List<Integer> values, int[] queries) {
    long acc = 0;
    for (int q : queries) {
      List<Integer> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      acc = acc * 31 + sorted.get(Math.floorMod(q, sorted.size()));
    }
    return acc;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(5, 3, 9, 1), new int[] {0, 1, -1, 7}))).append('\n');
    out.append(safe(() -> target(null, new int[0]))).append('\n');
    out.append(safe(() -> target(null, new int[] {1}))).append('\n');
    out.append(safe(() -> target(List.of(), new int[] {1}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
