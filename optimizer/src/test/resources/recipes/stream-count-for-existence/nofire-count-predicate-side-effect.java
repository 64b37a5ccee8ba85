import java.util.*;

public class Fixture {
  static int seen;

  static boolean note(int v) {
    seen++;
    return v > 2;
  }

  public static boolean target(int[] values) {
    return Arrays.stream(values).filter(v -> note(v)).count() > 0;
  }

  public static String check() {
    return target(new int[] {3, 4}) + " " + seen;
  }
}
