import java.util.*;

public class Fixture {
  public static int target(List<String> words) {
    List<String> order = new ArrayList<>();
    int sum = 0;
    for (String w : words) {
      int at = order.indexOf(w);
      if (at < 0) {
        order.add(w);
      } else {
        sum += at;
      }
    }
    return sum;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "b", "a", "b", "b")));
  }
}
