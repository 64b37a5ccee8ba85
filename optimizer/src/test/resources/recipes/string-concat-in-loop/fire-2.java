// expect: .append(
import java.util.*;

public class Fixture {
  public static String target(char[] cs) {
    String r = "";
    int i = 0;
    while (i < cs.length) {
      r += "" + cs[i] + (int) cs[i];
      i++;
    }
    return r;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new char[0]))).append('\n');
    out.append(safe(() -> target("héllo".toCharArray()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
