// expect: if (t > 0) {
public class Fixture {
  /** Loudest run of span consecutive vibration samples of a turbine; a bad span is refused up front. */
  public static long target(int[] samples, int span) {
    if (span <= 0 || span > samples.length) {
      throw new IllegalArgumentException("span " + span + " for " + samples.length + " samples");
    }
    long loudest = Long.MIN_VALUE;
    for (int t = 0; t + span <= samples.length; t++) {
      long energy = 0;
      for (int j = t; j < t + span; j++) {
        energy += samples[j];
      }
      loudest = Math.max(loudest, energy);
    }
    return loudest;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    int[] v = {7, Integer.MAX_VALUE, -3, Integer.MIN_VALUE, 12, Integer.MAX_VALUE, 0, -9, 5};
    for (int span = -1; span <= v.length + 1; span++) {
      int sp = span;
      out.append(safe(() -> target(v, sp))).append(' ').append(safe(() -> target(new int[] {4}, sp))).append('\n');
    }
    out.append(safe(() -> target(null, 2))).append(' ').append(safe(() -> target(new int[0], 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
