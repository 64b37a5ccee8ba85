// expect: stream().mapToLong(Long::longValue).sum()
import java.util.Arrays;
import java.util.List;

public class Fixture {
  public static long target(List<Long> sizes) {
    long total = 0;
    for (int round = 0; round < 2; round++) {
      total += sizes.stream().reduce(0L, (a, b) -> a + b);
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(Long.MAX_VALUE, 1L, 5L)))).append('\n');
    out.append(safe(() -> target(Arrays.asList(1L, null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
