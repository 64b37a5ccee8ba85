// refuses: 's += p' cannot become an append
import java.util.*;

public class Fixture {
  public static String target(List<char[]> parts) {
    String s = "";
    for (char[] p : parts) {
      s += p;
    }
    return s.length() > 0 ? "non-empty" : "empty";
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of()));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
