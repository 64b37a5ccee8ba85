// expect: new ArrayList<>()
import java.util.*;

public class Fixture {
  public static String target(int n) {
    Vector<Integer> v = new Vector<>();
    for (int i = 0; i < n; i++) v.add(i * i % 7);
    int s = 0;
    for (int x : v) s += x;
    return v.toString() + s + v.contains(4);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(10))).append('\n');
    out.append(safe(() -> target(0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
