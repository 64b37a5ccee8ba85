import java.util.*;

public class Fixture {
  public static StringBuffer target(String a) {
    StringBuffer sb = new StringBuffer();
    sb.append(a);
    return sb;
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
