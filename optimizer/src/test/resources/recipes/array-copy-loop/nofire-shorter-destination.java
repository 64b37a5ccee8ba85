import java.util.*;

public class Fixture {
  public static String target(int[] values, int n) {
    int[] copy = new int[n];
    try {
      for (int i = 0; i < values.length; i++) {
        copy[i] = values[i];
      }
    } catch (ArrayIndexOutOfBoundsException e) {
      return "partial " + Arrays.toString(copy);
    }
    return Arrays.toString(copy);
  }

  public static String check() {
    return target(new int[] {1, 2, 3}, 2);
  }
}
