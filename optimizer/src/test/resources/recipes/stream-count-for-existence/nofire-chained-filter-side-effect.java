import java.util.*;

public class Fixture {
  static int inspected;

  /** The second stage counts what it sees: stopping early would change the count. */
  public static boolean target(List<String> bays) {
    return bays.stream().filter(b -> b != null).filter(b -> ++inspected > 0 && b.endsWith("*")).count() > 0;
  }

  public static String check() {
    boolean r = target(List.of("a*", "b", "c"));
    return r + " " + inspected;
  }
}
