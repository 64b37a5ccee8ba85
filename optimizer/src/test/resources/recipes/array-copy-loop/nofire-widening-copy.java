import java.util.*;

public class Fixture {
  public static String target(int[] values) {
    long[] copy = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i];
    }
    return Arrays.toString(copy);
  }

  public static String check() {
    return target(new int[] {1, 2, 3});
  }
}
