// refuses: is used before the loop ends
import java.util.*;

public class Fixture {
  public static Map<String, List<Integer>> target(List<String> routes, List<Integer> stops) {
    Map<String, List<Integer>> byRoute = new LinkedHashMap<>();
    for (int i = 0; i < routes.size(); i++) {
      List<Integer> seq = byRoute.computeIfAbsent(routes.get(i), r -> new ArrayList<>());
      if (!seq.contains(stops.get(i))) {
        seq.add(stops.get(i));
      }
      byRoute.values().forEach(l -> l.remove(Integer.valueOf(0)));
    }
    return byRoute;
  }

  public static String check() {
    return String.valueOf(target(List.of("a", "a", "a"), List.of(0, 0, 3)));
  }
}
