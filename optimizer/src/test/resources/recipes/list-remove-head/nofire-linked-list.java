import java.util.*;

public class Fixture {
  public static int target(List<Integer> sizes) {
    LinkedList<Integer> queue = new LinkedList<>(sizes);
    int served = 0;
    while (!queue.isEmpty()) {
      served += queue.remove(0);
    }
    return served;
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 2)));
  }
}
