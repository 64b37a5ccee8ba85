import java.util.*;

public class Fixture {
  record Berth(int id, int length) {}

  /**
   * Marina: each arrival takes the first free berth of its id and then the berth slot is replaced
   * by a shorter one. 'known' is the same array as 'berths', which the loop writes, so an index of
   * 'known' built before the loop would answer with the old berths.
   */
  static int target(int[] arrivals, Berth[] start) {
    Berth[] berths = new Berth[start.length];
    System.arraycopy(start, 0, berths, 0, start.length);
    Berth[] known = berths;
    int metres = 0;
    for (int i = 0; i < arrivals.length; i++) {
      Berth b = find(arrivals[i], known);
      if (b != null) {
        metres += b.length();
        berths[i % berths.length] = new Berth(b.id(), b.length() - 1);
      }
    }
    return metres;
  }

  private static Berth find(int id, Berth[] pool) {
    for (Berth b : pool) {
      if (b.id() == id) return b;
    }
    return null;
  }

  public static String check() {
    Berth[] start = {new Berth(3, 12), new Berth(5, 9)};
    return target(new int[] {3, 3, 5, 3}, start) + " " + target(new int[] {5, 5, 5}, start);
  }
}
