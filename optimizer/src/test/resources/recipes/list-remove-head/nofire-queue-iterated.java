import java.util.*;

public class Fixture {
  public static int target(List<Integer> batches) {
    List<Integer> queue = new ArrayList<>(batches);
    int total = 0;
    while (queue.size() > 1) {
      total += queue.remove(0);
      for (int b : queue) total += b;
    }
    return total;
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2, 3)));
  }
}
