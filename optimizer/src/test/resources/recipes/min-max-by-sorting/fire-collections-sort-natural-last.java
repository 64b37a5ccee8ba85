// expect: for (Integer candidate : readings)
import java.util.*;

public class Fixture {
  public static Integer target(Collection<Integer> readings) {
    List<Integer> copy = new ArrayList<>(readings);
    Collections.sort(copy);
    if (copy.size() == 0) return -1;
    return copy.get(copy.size() - 1);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(7, -3, 19, 19, 0)))).append('\n');
    out.append(safe(() -> target(Set.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList((Integer) null)))).append('\n');
    out.append(safe(() -> target(Arrays.asList(4, null)))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
