// expect: feeOnce = feeFor(plan)
import java.util.*;

public class Fixture {
  public static long target(long[] usage, String plan) {
    long total = 0;
    int n = 0;
    while (n < usage.length) {
      long fee = feeFor(plan);
      total += usage[n] * fee;
      n++;
    }
    return total;
  }

  private static long feeFor(String plan) {
    String p = plan.strip().toLowerCase(Locale.ROOT);
    switch (p) {
      case "basic": return 3;
      case "pro": return 7;
      default:
        if (p.endsWith("-enterprise")) return 11;
        throw new IllegalStateException("no fee for " + plan);
    }
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new long[] {1, 2, 3}, " PRO "))).append('\n');
    out.append(safe(() -> target(new long[] {4}, "acme-enterprise"))).append('\n');
    out.append(safe(() -> target(new long[] {4}, "gold"))).append('\n');
    out.append(safe(() -> target(new long[0], "gold"))).append('\n');
    out.append(safe(() -> target(new long[0], null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName() + " " + e.getMessage(); }
  }
}
