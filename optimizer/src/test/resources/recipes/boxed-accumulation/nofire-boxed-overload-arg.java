import java.util.*;

public class Fixture {
  static String label(int n) {
    return "primitive " + n;
  }

  static String label(Integer n) {
    return "boxed " + n;
  }

  public static String target(int[] xs) {
    Integer evens = 0;
    for (int x : xs) if (x % 2 == 0) evens++;
    return label(evens);
  }

  public static String check() {
    return target(new int[] {2, 4, 5}) + "\n";
  }
}
