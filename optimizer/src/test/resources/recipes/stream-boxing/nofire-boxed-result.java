import java.util.*;

public class Fixture {
  public static Object target(List<Integer> xs) {
    Integer total = xs.stream().map(x -> x * 2).reduce(0, Integer::sum);
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(1)));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
