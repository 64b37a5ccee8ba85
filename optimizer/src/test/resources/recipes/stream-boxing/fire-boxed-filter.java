// expect: .filter(r -> r > 0 && r % 2 == 1).sum()
import java.util.Arrays;

public class Fixture {
  public static int target(int[] readings) {
    int total = Arrays.stream(readings).boxed().filter(r -> r > 0 && r % 2 == 1).reduce(0, Integer::sum);
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {1, -3, 5, 8, Integer.MAX_VALUE, 7}))).append('\n');
    out.append(safe(() -> target(new int[0]))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
