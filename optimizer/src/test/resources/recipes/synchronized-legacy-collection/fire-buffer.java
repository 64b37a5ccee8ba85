// expect: new StringBuilder()
import java.util.*;

public class Fixture {
  public static String target(List<String> parts) {
    StringBuffer sb = new StringBuffer();
    for (String p : parts) {
      sb.append(p).append('/');
    }
    sb.reverse();
    return sb.toString() + sb.length();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("a", "bc")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
