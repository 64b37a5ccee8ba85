// expect: frontier.get(frontierHead++)
import java.util.*;

public class Fixture {
  /** Hop count from {@code origin} to every reachable router, in breadth-first order. */
  public static Map<String, Integer> target(Map<String, List<String>> links, String origin) {
    Map<String, Integer> hops = new LinkedHashMap<>();
    List<String> frontier = new ArrayList<>();
    frontier.add(origin);
    hops.put(origin, 0);
    while (!frontier.isEmpty()) {
      String router = frontier.remove(0);
      for (String next : links.getOrDefault(router, List.of())) {
        if (!hops.containsKey(next)) {
          hops.put(next, hops.get(router) + 1);
          frontier.add(next);
        }
      }
    }
    return hops;
  }

  public static String check() {
    Map<String, List<String>> links = new HashMap<>();
    links.put("a", List.of("b", "c"));
    links.put("b", List.of("d"));
    links.put("c", Arrays.asList("d", null));
    links.put(null, List.of("e"));
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(links, "a"))).append('\n');
    out.append(safe(() -> target(links, "z"))).append('\n');
    out.append(safe(() -> target(Map.of(), null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
