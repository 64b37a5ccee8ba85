import java.util.*;

public class Fixture {
  public static List<String> target(List<String> words) {
    List<String> window = new ArrayList<>();
    for (String w : words) {
      if (!window.contains(w)) {
        window.add(w);
      }
      if (window.size() > 3) window.remove(0);
    }
    return window;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "b", "c", "d", "a")));
  }
}
