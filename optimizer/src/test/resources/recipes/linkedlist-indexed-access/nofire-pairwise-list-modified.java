import java.util.*;

public class Fixture {
  public static int target(LinkedList<Integer> queue) {
    int merged = 0;
    for (int i = 1; i < queue.size(); i++) {
      if (queue.get(i - 1).equals(queue.get(i))) {
        queue.remove(i);
        merged++;
      }
    }
    return merged * 100 + queue.size();
  }

  public static String check() {
    return String.valueOf(target(new LinkedList<>(List.of(1, 1, 1, 2, 2, 3))));
  }
}
