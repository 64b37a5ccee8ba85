// expect: .mapToLong(Long::longValue).min()
import java.util.*;

public class Fixture {
  public static long target(List<Long> depths) {
    return depths.stream().mapToLong(Long::longValue).sorted().findFirst().orElse(-1);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(40L, 3L, Long.MIN_VALUE, 3L)))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList(1L, null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
