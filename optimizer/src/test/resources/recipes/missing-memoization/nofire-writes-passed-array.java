// refuses: writes or indexes an array
import java.util.*;

public class Fixture {
  public static long target(int[] rows) {
    return cost(rows, 1, rows.length - 1);
  }

  private static long cost(int[] rows, int first, int last) {
    if (first >= last) return 0;
    rows[first]++;
    return cost(rows, first + 1, last) + cost(rows, first, last - 1) + rows[first];
  }

  public static String check() {
    return String.valueOf(target(new int[] {1, 2, 3, 4}));
  }
}
