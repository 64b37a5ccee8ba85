// expect: long sum = 0L
import java.util.*;

public class Fixture {
  public static long target(int[] xs) {
    Long sum = 0L;
    for (int x : xs) {
      sum += x;
      if (sum > 1_000_000L) sum -= 7;
    }
    return sum;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, 2, 3}))).append('\n');
    out.append(safe(() -> target(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 5}))).append('\n');
    out.append(safe(() -> target(new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
