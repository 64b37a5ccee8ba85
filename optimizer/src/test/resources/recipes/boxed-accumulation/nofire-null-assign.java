import java.util.*;

public class Fixture {
  public static Long target(long[] xs) {
    Long best = 0L;
    for (long x : xs) {
      if (x < 0) best = null;
      else if (best != null) best += x;
    }
    return best;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(new long[] {1, -1}));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
