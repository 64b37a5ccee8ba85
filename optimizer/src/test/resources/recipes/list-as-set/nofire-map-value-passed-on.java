// refuses: is used other than by contains
import java.util.*;

public class Fixture {
  static void trim(List<String> l) {
    if (l.size() > 2) l.remove(0);
  }

  public static Map<Integer, List<String>> target(List<Integer> lanes, List<String> swimmers) {
    Map<Integer, List<String>> byLane = new HashMap<>();
    for (int i = 0; i < lanes.size(); i++) {
      List<String> names = byLane.computeIfAbsent(lanes.get(i), k -> new ArrayList<>());
      String s = swimmers.get(i);
      if (!names.contains(s)) names.add(s);
      trim(names);
    }
    return byLane;
  }

  public static String check() {
    return String.valueOf(target(List.of(1, 1, 1, 1), List.of("a", "b", "c", "a")));
  }
}
