// refuses: calls itself 2 times but reads 'counter'
import java.util.*;

public class Fixture {
  static int counter;
  public static long target(int n) {
    counter++;
    if (n < 2) return n;
    return target(n - 1) + target(n - 2);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(5)).append(counter);
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
