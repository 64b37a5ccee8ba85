// expect: if (Arrays.stream(blocked).anyMatch(b -> b == r))
import java.util.*;

public class Fixture {
  public static int target(int[] blocked, int[] requests) {
    int n = 0;
    for (int r : requests) {
      if (Arrays.stream(blocked).filter(b -> b == r).count() > 0) {
        n++;
      }
    }
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, 5, 9}, new int[] {5, 6, 9, 1, 0}))).append('\n');
    out.append(safe(() -> target(new int[0], new int[] {1}))).append('\n');
    out.append(safe(() -> target(null, new int[] {1}))).append('\n');
    out.append(safe(() -> target(null, new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
