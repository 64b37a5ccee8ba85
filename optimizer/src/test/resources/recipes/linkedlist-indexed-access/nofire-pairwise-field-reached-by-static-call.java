import java.util.*;

public class Fixture {
  static final List<Fixture> OPEN = new ArrayList<>();

  private final List<Long> odometer = new LinkedList<>();

  Fixture(long... readings) {
    for (long r : readings) odometer.add(r);
    OPEN.add(this);
  }

  /** A zero-argument static call that appends to every open log. */
  static void sync() {
    for (Fixture f : OPEN) if (f.odometer.size() < 6) f.odometer.add(0L);
  }

  long target() {
    long total = 0;
    for (int i = 0; i + 1 < odometer.size(); i++) {
      long from = odometer.get(i);
      long to = odometer.get(i + 1);
      total += Math.abs(to - from);
      Fixture.sync();
    }
    return total;
  }

  public static String check() {
    return String.valueOf(new Fixture(10, 40, 25).target());
  }
}
