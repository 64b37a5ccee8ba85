import java.util.*;

public class Fixture {
  public static int target(int[] values, int bound) {
    int s = 0;
    for (int v : values) {
      int jitter = noise(bound);
      s += v + jitter * 0;
    }
    return s;
  }

  static int noise(int bound) {
    return (int) (Math.random() * bound);
  }

  public static String check() {
    return String.valueOf(target(new int[] {1, 2, 3}, 5));
  }
}
