// expect: if (BY_DURATION_DESC.compare(candidate, ordered.get(0)) < 0)
import java.util.*;

public class Fixture {
  record Crossing(String ferry, int departure, int minutes) {}

  private static final Comparator<Crossing> BY_DURATION_DESC = Comparator.comparingInt(Crossing::minutes).reversed();

  /** Per route: crossings, slowest (earliest of equals) and quickest (latest of equals). */
  public static List<String> target(Map<String, List<Crossing>> routes) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<Crossing>> route : routes.entrySet()) {
      List<Crossing> ordered = new ArrayList<>(route.getValue());
      ordered.sort(BY_DURATION_DESC);
      Crossing slowest = ordered.get(0);
      Crossing quickest = ordered.get(ordered.size() - 1);
      lines.add(route.getKey() + " n=" + ordered.size() + " slow=" + slowest.departure() + " quick=" + quickest.departure()
          + " half=" + (ordered.size() / 2));
    }
    return lines;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Map<String, List<Crossing>> routes = new LinkedHashMap<>();
    routes.put("harbour", List.of(new Crossing("a", 600, 45), new Crossing("b", 700, 52), new Crossing("c", 800, 52),
        new Crossing("d", 900, 38), new Crossing("e", 1000, 38), new Crossing("f", 1100, 40)));
    routes.put("island", List.of(new Crossing("g", 630, 20)));
    routes.put("estuary", List.of(new Crossing("h", 640, Integer.MIN_VALUE), new Crossing("i", 650, Integer.MAX_VALUE)));
    out.append(safe(() -> target(routes))).append('\n');
    out.append(safe(() -> target(Map.of("closed", List.of())))).append('\n');
    out.append(safe(() -> target(Map.of("fog", Arrays.asList(new Crossing("j", 1, 2), null))))).append('\n');
    out.append(safe(() -> target(Map.of("fog", Arrays.asList((Crossing) null))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) {
      // Helpful NullPointerException messages name internal locals; other messages are compared.
      return "threw " + e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
    }
  }
}
