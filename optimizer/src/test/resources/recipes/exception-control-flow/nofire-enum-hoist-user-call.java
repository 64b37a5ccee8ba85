// refuses: is not a plain variable
import java.util.*;

public class Fixture {
  enum Grade { FIRST, SECOND, THIRD }

  /** canonical() may throw IllegalArgumentException itself; evaluated before the try it would escape. */
  public static int target(List<String> grades) {
    int bad = 0;
    for (String g : grades) {
      try {
        Grade x = Grade.valueOf(canonical(g));
      } catch (IllegalArgumentException e) {
        bad++;
      }
    }
    return bad;
  }

  static String canonical(String g) {
    if (g.isEmpty()) throw new IllegalArgumentException("empty grade");
    return g.toUpperCase(Locale.ROOT);
  }

  public static String check() {
    return safe(() -> target(List.of("first", "", "fourth")));
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
