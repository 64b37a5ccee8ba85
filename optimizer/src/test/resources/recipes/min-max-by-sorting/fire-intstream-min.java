// expect: IntStream.of(depths).min()
import java.util.*;
import java.util.stream.*;

public class Fixture {
  public static int target(int[] depths) {
    return IntStream.of(depths).sorted().findFirst().orElse(-1);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {40, 3, Integer.MIN_VALUE, 3}))).append('\n');
    out.append(safe(() -> target(new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
