// expect: int size = (int) staff.stream().filter(e -> e.length() > limit).count();
import java.util.*;
import java.util.stream.Collectors;

public class Fixture {
  public static int target(List<String> staff, int limit) {
    int size = staff.stream().filter(e -> e.length() > limit).collect(Collectors.toList()).size();
    return size + staff.stream().collect(Collectors.toList()).size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("ann", "bob", "carla"), 3))).append('\n');
    out.append(safe(() -> target(Arrays.asList("ann", null), 1))).append('\n');
    out.append(safe(() -> target(Arrays.asList(null, "ann"), 1))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
