// expect: mapToDouble(w -> w * 1.5).sum()
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  public static double target(List<Double> weights) {
    return weights.stream().collect(Collectors.summingDouble(w -> w * 1.5)) / 2;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(1e16, 1.0, -1e16, 0.1, 0.2)))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList(1.0, null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
