// refuses: has a finally block
import java.util.*;

public class Fixture {
  enum Lane { FAST, SLOW }

  public static int target(List<String> lanes) {
    int bad = 0;
    int seen = 0;
    for (String l : lanes) {
      try {
        Lane.valueOf(l);
      } catch (IllegalArgumentException e) {
        bad++;
      } finally {
        seen++;
      }
    }
    return bad * 100 + seen;
  }

  public static String check() {
    return safe(() -> target(List.of("FAST", "middle")));
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
