// expect: Iterator<Long> pairs = odometer.iterator();
import java.util.*;

public class Fixture {
  private final List<Long> odometer = new LinkedList<>();

  Fixture(long... readings) {
    for (long r : readings) odometer.add(r);
  }

  /** Longest leg between consecutive odometer readings, and how many legs went backwards. */
  long target() {
    long longest = 0;
    int backwards = 0;
    for (int i = 0; i + 1 < odometer.size(); i++) {
      long from = odometer.get(i);
      long to = odometer.get(i + 1);
      if (to < from) {
        backwards++;
        continue;
      }
      longest = Math.max(longest, to - from);
    }
    return longest * 100 + backwards;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new Fixture(1200, 1350, 1340, 1600, Long.MAX_VALUE).target())).append('\n');
    out.append(safe(() -> new Fixture(5).target())).append('\n');
    out.append(safe(() -> new Fixture().target())).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
