// expect: depthWindowSlides = width > 0
public class Fixture {
  /** Deepest dive over width consecutive sonar pings; the guard only refuses negative widths, so width 0 still runs. */
  public static int target(short[] pings, int width) {
    if (width < 0) {
      throw new IllegalArgumentException("negative width");
    }
    int deepest = 0;
    for (int p = 0; p + width <= pings.length; p++) {
      int depth = 0;
      for (int q = p; q < p + width; q++) depth += pings[q];
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    short[] s = {4, Short.MAX_VALUE, -8, 12, Short.MIN_VALUE, 3, 3};
    for (int width = -1; width <= 8; width++) {
      int w = width;
      out.append(safe(() -> target(s, w))).append(' ').append(safe(() -> target(new short[0], w))).append('\n');
    }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
