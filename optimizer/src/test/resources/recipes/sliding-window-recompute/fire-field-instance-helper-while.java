// expect: sumWindowSlides = span > 0
public class Fixture {
  private final short[] levels;
  private final int span;
  private int calls;

  Fixture(short[] levels, int span) {
    this.levels = levels;
    this.span = span;
  }

  /** Highest rolling water level total; the window is a constructor setting. */
  public int target() {
    calls++;
    int best = Integer.MIN_VALUE;
    int from = 0;
    int window;
    outer:
    while (from + span <= levels.length) {
      window = this.sum(levels, from, from + span);
      best = Math.max(best, window);
      from++;
      if (from > 1000) break outer;
    }
    return best;
  }

  private int sum(short[] xs, int lo, int hi) {
    int acc = 0;
    for (int i = lo; i < hi; ++i) {
      acc += xs[i];
    }
    return acc;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    short[] l = {Short.MAX_VALUE, Short.MIN_VALUE, 12, -7, 300, 300, Short.MAX_VALUE};
    for (int w = -1; w <= 8; w++) {
      Fixture f = new Fixture(l, w);
      out.append(safe(f::target)).append(' ');
    }
    out.append(safe(() -> new Fixture(new short[0], 1).target())).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
