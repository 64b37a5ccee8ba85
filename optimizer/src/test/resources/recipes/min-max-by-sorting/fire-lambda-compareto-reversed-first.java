// expect: else if (order.compare(candidate, latest.get(0)) < 0)
import java.util.*;

public class Fixture {
  record Build(String tag, String version) {}

  /** The build whose version string sorts last (the earliest of equal versions); throws on no builds. */
  public static String target(List<Build> builds) {
    List<Build> latest = new ArrayList<>(builds);
    latest.sort((x, y) -> {
      return y.version().compareTo(x.version());
    });
    return latest.get(0).tag();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Build("a", "1.2"), new Build("b", "1.10"), new Build("c", "1.2"), new Build("d", "1.10"))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(List.of(new Build("solo", null))))).append('\n');
    out.append(safe(() -> target(List.of(new Build("a", "2"), new Build("b", null))))).append('\n');
    out.append(safe(() -> target(List.of(new Build("a", null), new Build("b", "3"))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) {
      // Helpful NullPointerException messages name internal locals; other messages are compared.
      return "threw " + e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
    }
  }
}
