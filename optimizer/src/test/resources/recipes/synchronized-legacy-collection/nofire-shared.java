import java.util.*;

public class Fixture {
  static List<Vector<String>> registry = new ArrayList<>();
  public static int target(String a) {
    Vector<String> v = new Vector<>();
    registry.add(v);
    v.add(a);
    return v.size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target("x"));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
