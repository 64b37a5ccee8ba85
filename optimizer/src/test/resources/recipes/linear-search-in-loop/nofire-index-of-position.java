import java.util.*;

public class Fixture {
  public static int target(List<String> hosts, List<String> ranking) {
    int score = 0;
    for (String host : hosts) {
      if (ranking.indexOf(host) > 2) score += ranking.indexOf(host);
    }
    return score;
  }

  public static String check() {
    return target(List.of("a", "d", "e"), List.of("x", "y", "z", "d", "e")) + "\n";
  }
}
