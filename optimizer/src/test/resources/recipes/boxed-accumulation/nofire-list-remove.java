import java.util.*;

public class Fixture {
  public static List<Integer> target(List<Integer> xs) {
    Integer idx = 0;
    for (int i = 0; i < 2; i++) idx++;
    List<Integer> copy = new ArrayList<>(xs);
    copy.remove(idx);
    return copy;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(5, 2, 7)));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
