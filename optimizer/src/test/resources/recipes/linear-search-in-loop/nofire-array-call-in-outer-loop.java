import java.util.*;

public class Fixture {
  static String[] shared = {"x", "y"};

  static void rotate(String[] a, int k) {
    String first = a[0];
    System.arraycopy(a, 1, a, 0, a.length - 1);
    a[a.length - 1] = first + k;
  }

  public static int target(String[] items, String[] pool) {
    int hits = 0;
    for (String it : items) {
      for (String p : pool) {
        if (p.equals(it)) {
          hits++;
          break;
        }
      }
      rotate(shared, hits);
    }
    return hits;
  }

  public static String check() {
    return target(new String[] {"x", "y", "y1", "x1"}, shared) + "\n";
  }
}
