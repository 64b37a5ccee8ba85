// expect: Set<Integer> idsSeen = new HashSet<>(ids);
import java.util.*;

public class Fixture {
  public static int target(int[] raw, int limit) {
    var ids = new ArrayList<Integer>(16);
    int i = 0;
    int repeats = 0;
    while (i < raw.length) {
      int v = raw[i++] % 7;
      if (ids.contains(v)) {
        repeats++;
        continue;
      }
      if (ids.size() >= limit) break;
      ids.add(v * 1);
    }
    return repeats * 1000 + ids.hashCode() % 1000;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, 8, 15, 2, 3, 9, 10, 4, 5, 6, 0}, 4))).append('\n');
    out.append(safe(() -> target(new int[] {1, 8, 15, 2, 3, 9, 10, 4, 5, 6, 0}, 100))).append('\n');
    out.append(safe(() -> target(new int[0], 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
