import java.util.*;

public class Fixture {
  private static int penalty = 3;

  public static int target(String[] moves) {
    int total = 0;
    for (String m : moves) total += cost(m);
    return total;
  }

  private static int cost(String move) {
    int c = 0;
    for (int i = 0; i < move.length(); i++) c += move.charAt(i) == 'x' ? penalty : 1;
    return c;
  }

  public static String check() {
    return String.valueOf(target(new String[] {"ax", "ax", "b"}));
  }
}
