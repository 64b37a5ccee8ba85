// expect: Set<Integer> neighbour = neighbours.get(pair[0]);
import java.util.*;

public class Fixture {
  public static String target(int[][] pairs) {
    Map<Integer, Set<Integer>> neighbours = new HashMap<>();
    for (int[] pair : pairs) {
      if (neighbours.get(pair[0]) == null) {
        neighbours.put(pair[0], new TreeSet<>());
      }
      neighbours.get(pair[0]).add(pair[1]);
    }
    return neighbours.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[][] {{1, 2}, {2, 3}, {1, 3}, {1, 2}, {40, 1}}))).append('\n');
    out.append(safe(() -> target(new int[][] {{1}}))).append('\n');
    out.append(safe(() -> target(new int[0][]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
