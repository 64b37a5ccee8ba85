import java.util.*;

public class Fixture {
  static void prune(List<String> l) {
    if (l.size() > 2) l.remove(0);
  }

  public static List<String> target(List<String> words) {
    List<String> seen = new ArrayList<>();
    for (String w : words) {
      if (!seen.contains(w)) {
        seen.add(w);
      }
      prune(seen);
    }
    return seen;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "b", "c", "a", "b")));
  }
}
