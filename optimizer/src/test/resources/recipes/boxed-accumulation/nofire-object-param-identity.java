import java.util.*;

public class Fixture {
  static boolean same(Object a, Object b) {
    return a == b;
  }

  public static String target(int[] xs) {
    Integer total = 0;
    for (int x : xs) total += x;
    Integer copy = total;
    return total + " " + same(total, copy);
  }

  public static String check() {
    return target(new int[] {500, 600}) + "\n";
  }
}
