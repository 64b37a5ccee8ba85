// expect: sumWindowSlides = hours > 0
public class Fixture {
  /** Peak load over windows of hours that start on a non-maintenance hour: skipped starts break the slide. */
  public static long target(long[] load, int hours, int maintenanceEvery) {
    if (hours < 1 || maintenanceEvery < 1) {
      return -1;
    }
    long peak = 0;
    for (int h = 0; h + hours <= load.length; h++) {
      if (h % maintenanceEvery == maintenanceEvery - 1) continue;
      long sum = 0;
      for (int k = 0; k < hours; k++) {
        sum += load[h + k];
      }
      peak = Math.max(peak, sum);
    }
    return peak;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    long[] l = {9, 1, Long.MAX_VALUE, 4, 16, -2, 30, 7, 7, 2};
    for (int hours = 0; hours <= 4; hours++) {
      for (int every = 0; every <= 4; every++) {
        int hh = hours;
        int ee = every;
        out.append(safe(() -> target(l, hh, ee))).append(' ');
      }
      out.append('\n');
    }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
