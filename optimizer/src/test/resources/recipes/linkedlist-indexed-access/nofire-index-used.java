import java.util.*;

public class Fixture {
  public static int target(LinkedList<Integer> xs) {
    int t = 0;
    for (int i = 0; i < xs.size(); i++) t += i * xs.get(i);
    return t;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(new LinkedList<>(List.of(1, 2))));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
