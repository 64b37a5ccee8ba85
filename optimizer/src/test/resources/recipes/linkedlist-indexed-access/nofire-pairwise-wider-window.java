import java.util.*;

public class Fixture {
  public static int target(LinkedList<Integer> beats) {
    int peaks = 0;
    for (int i = 1; i + 1 < beats.size(); i++) {
      if (beats.get(i) > beats.get(i - 1) && beats.get(i) > beats.get(i + 1)) peaks++;
    }
    return peaks;
  }

  public static String check() {
    return String.valueOf(target(new LinkedList<>(List.of(60, 72, 65, 80, 79))));
  }
}
