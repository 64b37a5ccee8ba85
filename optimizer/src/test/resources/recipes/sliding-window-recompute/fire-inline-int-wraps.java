// expect: totalWindow -= readings[s - 1];
public class Fixture {
  /** How many windows of span readings sum above the threshold; int sums wrap as they always did. */
  public static int target(long[] readings, int span, int threshold) {
    int hot = 0;
    for (int s = 0; s + span <= readings.length; s++) {
      int total = 0;
      for (int j = s; j < s + span; j++) total += readings[j];
      if (total > threshold) hot++;
    }
    return hot;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    long[] r = {5, Long.MAX_VALUE, -3, 4_000_000_000L, 2, Integer.MAX_VALUE, 1, -8};
    for (int span = -2; span <= 9; span++) {
      int sp = span;
      out.append(safe(() -> target(r, sp, 3))).append(' ').append(safe(() -> target(r, sp, -1_000_000))).append('\n');
    }
    out.append(safe(() -> target(null, 2, 0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
