import java.util.*;

public class Fixture {
  private static final int[] WEIGHTS = {1, 2, 3};

  static void reweigh(int w) {
    WEIGHTS[0] = w;
  }

  public static int target(int[] codes) {
    int total = 0;
    for (int c : codes) total += weight(c);
    return total;
  }

  private static int weight(int code) {
    int s = 0;
    for (int i = 0; i < code; i++) s += WEIGHTS[i % WEIGHTS.length];
    return s;
  }

  public static String check() {
    return String.valueOf(target(new int[] {4, 4, 9}));
  }
}
