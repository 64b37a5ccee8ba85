import java.util.*;

public class Fixture {
  public static String target(int[] values, int[] other) {
    int[] copy = new int[values.length];
    values = other;
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i];
    }
    return Arrays.toString(copy);
  }

  public static String check() {
    return target(new int[] {1, 2, 3}, new int[] {4, 5, 6});
  }
}
