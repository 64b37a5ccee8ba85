import java.util.*;

public class Fixture {
  /** Drains tickets until one is urgent; the rest (still queued) are handed back. */
  public static List<String> target(List<String> tickets) {
    List<String> queue = new ArrayList<>(tickets);
    while (!queue.isEmpty()) {
      String t = queue.remove(0);
      if (t.startsWith("!")) break;
    }
    return queue;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "!b", "c")));
  }
}
