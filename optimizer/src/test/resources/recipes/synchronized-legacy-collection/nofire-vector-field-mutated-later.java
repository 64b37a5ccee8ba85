import java.util.*;

public class Fixture {
  private final Vector<Integer> readings = new Vector<>();

  Fixture(int... seed) {
    for (int r : seed) readings.add(r);
  }

  void record(int r) {
    readings.add(r);
  }

  int target() {
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < readings.size(); i++) max = Math.max(max, readings.get(i));
    return max;
  }

  public static String check() {
    Fixture f = new Fixture(3, 9);
    f.record(12);
    return String.valueOf(f.target());
  }
}
