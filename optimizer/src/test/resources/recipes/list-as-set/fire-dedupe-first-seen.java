// expect: if (resultSeen.add(tag))
import java.util.*;

public class Fixture {
  public static List<String> target(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      for (String tag : line.split(",")) {
        if (!result.contains(tag)) {
          result.add(tag);
        }
      }
    }
    return result;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("b,a,b", "c,a", "a,d,b")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
