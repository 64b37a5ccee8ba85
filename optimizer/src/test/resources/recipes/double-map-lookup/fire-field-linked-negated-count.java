// expect: hitsByPath.merge(request.path(), 1, Integer::sum);
import java.util.*;

public class Fixture {
  record Request(String path, int status) {}

  private Map<String, Integer> hitsByPath;

  Fixture() {
    this.hitsByPath = new LinkedHashMap<>();
  }

  public String target(List<Request> requests) {
    for (Request request : requests) {
      if (request.status() >= 400) continue;
      if (!hitsByPath.containsKey(request.path())) {
        hitsByPath.put(request.path(), 1);
      } else {
        hitsByPath.put(request.path(), 1 + hitsByPath.get(request.path()));
      }
    }
    return hitsByPath.toString();
  }

  void reset() {
    hitsByPath = new LinkedHashMap<>();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    Fixture f = new Fixture();
    out.append(safe(() -> f.target(List.of(new Request("/b", 200), new Request("/a", 200), new Request("/b", 304), new Request("/c", 500))))).append('\n');
    out.append(safe(() -> f.target(Arrays.asList(new Request(null, 200), new Request("/a", 200))))).append('\n');
    f.reset();
    out.append(safe(() -> f.target(List.of(new Request("/z", 200))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
