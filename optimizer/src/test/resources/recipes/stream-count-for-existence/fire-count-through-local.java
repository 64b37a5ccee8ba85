// expect: boolean overheated = Arrays.stream(celsius).anyMatch(t -> t > limit);
import java.util.*;

public class Fixture {
  /** Kiln sensor log: flags a firing whose temperatures ever passed the limit. */
  public static String target(int[] celsius, int limit) {
    long overheated = Arrays.stream(celsius).filter(t -> t > limit).count();
    String verdict = celsius.length + " samples";
    if (overheated > 0) verdict += ", overheated";
    return 0 == overheated ? verdict + ", ok" : verdict;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {900, 1210, 1300}, 1250))).append('\n');
    out.append(safe(() -> target(new int[] {900, 1210}, 1250))).append('\n');
    out.append(safe(() -> target(new int[0], 0))).append('\n');
    out.append(safe(() -> target(null, 0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
