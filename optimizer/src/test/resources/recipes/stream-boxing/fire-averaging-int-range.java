// expect: IntStream.range(0, n).filter(i -> (i * 7) % 3 == 0).average().orElse(0.0)
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class Fixture {
  public static double target(int n) {
    return IntStream.range(0, n).boxed().filter(i -> (i * 7) % 3 == 0).collect(Collectors.averagingInt(i -> i));
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    for (int n : new int[] {0, 1, 2, 10, 1000}) {
      out.append(safe(() -> target(n))).append('\n');
    }
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
