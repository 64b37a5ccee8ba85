import java.util.*;
import java.util.stream.*;

public class Fixture {
  static int seen;

  public static String target(List<Integer> scores, int rounds) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rounds; r++) {
      List<Integer> top = scores.stream().filter(s -> { seen++; return s > 0; }).sorted().collect(Collectors.toList());
      sb.append(top.size()).append(' ');
    }
    return sb.toString() + seen;
  }

  public static String check() {
    return target(List.of(5, -1, 15), 3);
  }
}
