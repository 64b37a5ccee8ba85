import java.util.*;

public class Fixture {
  private static int[] shared = {1, 2, 3};

  private static void swap() {
    shared = new int[] {9};
  }

  public static String target() {
    int[] copy = new int[shared.length];
    swap();
    for (int i = 0; i < shared.length; i++) {
      copy[i] = shared[i];
    }
    return Arrays.toString(copy);
  }

  public static String check() {
    return target();
  }
}
