// expect: names.stream().map(n -> n == null ? null : n.trim()).collect(java.util.stream.Collectors.joining())
import java.util.Arrays;
import java.util.List;

public class Fixture {
  /** Joins trimmed crew names of a rowing boat; a missing seat prints "null" both ways with +. */
  public static String target(List<String> names) {
    return names.stream().map(n -> n == null ? null : n.trim()).reduce("", (a, b) -> a + b);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(" bow ", "two", " stroke")))).append('\n');
    out.append(safe(() -> target(Arrays.asList("cox", null, "three")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
