// expect: fareWindowSlides = zones > 0
public class Fixture {
  /**
   * Cheapest run of zones consecutive fare stages among the first starts after stage 0; from a start
   * past 0, s + zones can wrap on the first iteration and enter the loop with empty windows.
   */
  public static long target(int[] stageFares, int zones, int maxStart) {
    if (zones <= 0) {
      throw new IllegalArgumentException("zones " + zones);
    }
    long cheapest = Long.MAX_VALUE;
    for (int s = 1; s + zones <= stageFares.length; s++) {
      long fare = 0;
      for (int j = s; j < s + zones; j++) fare += stageFares[j];
      cheapest = Math.min(cheapest, fare);
      if (s == maxStart) break;
    }
    return cheapest;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    int[] f = {120, -5, Integer.MAX_VALUE, 80, 80, Integer.MIN_VALUE, 45};
    for (int zones : new int[] {-1, 0, 1, 2, 3, 6, 7, Integer.MAX_VALUE - 1, Integer.MAX_VALUE}) {
      for (int maxStart : new int[] {1, 3, 9}) {
        out.append(safe(() -> target(f, zones, maxStart))).append(' ');
      }
      // With Integer.MAX_VALUE, windows at 1, 2 and 3 are empty (their ends wrapped): 0, where a slide would read f[MIN_VALUE].
      out.append(safe(() -> target(new int[3], zones, 3))).append('\n');
    }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
