import java.util.*;

public class Fixture {
  public static int target(LinkedList<Integer> floors) {
    int weighted = 0;
    for (int i = 1; i < floors.size(); i++) {
      weighted += i * Math.abs(floors.get(i) - floors.get(i - 1));
    }
    return weighted;
  }

  public static String check() {
    return String.valueOf(target(new LinkedList<>(List.of(0, 3, 1, 4))));
  }
}
