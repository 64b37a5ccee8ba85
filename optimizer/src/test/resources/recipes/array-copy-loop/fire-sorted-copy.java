// expect: System.arraycopy(values, 0, copy, 0, values.length);
import java.util.*;

public class Fixture {
  public static String target(int[] values) {
    int[] copy = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i];
    }
    Arrays.sort(copy);
    return Arrays.toString(copy) + Arrays.toString(values);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {3, -1, 2}))).append('\n');
    out.append(safe(() -> target(new int[0]))).append('\n');
    out.append(safe(() -> target(null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
