// expect: ((long) r << 32) | (c & 0xFFFFFFFFL)
import java.util.*;

public class Fixture {
  public static long target(int r, int c) {
    if (r == 0 || c == 0) return 1;
    long a = target(r - 1, c);
    long b = target(r, c - 1);
    return (a + b) % 1_000_000_007L;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    for (int n : new int[] {0, 1, 5, 14}) out.append(safe(() -> target(n, n + 1))).append(',');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
