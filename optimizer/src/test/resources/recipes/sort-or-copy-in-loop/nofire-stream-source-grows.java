import java.util.*;
import java.util.stream.*;

public class Fixture {
  public static String target(List<Integer> scores, int rounds) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rounds; r++) {
      List<Integer> top = scores.stream().sorted(Comparator.reverseOrder()).collect(Collectors.toList());
      sb.append(top.get(0)).append(' ');
      scores.add(r * 10);
    }
    return sb.toString();
  }

  public static String check() {
    return target(new ArrayList<>(List.of(5, 15)), 4);
  }
}
