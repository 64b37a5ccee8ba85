import java.util.*;

public class Fixture {
  /** The count itself is shown: anyMatch would lose it. */
  public static String target(int[] celsius, int limit) {
    long overheated = Arrays.stream(celsius).filter(t -> t > limit).count();
    return overheated > 0 ? overheated + " hot samples" : "ok";
  }

  public static String check() {
    return target(new int[] {1, 5, 9}, 4);
  }
}
