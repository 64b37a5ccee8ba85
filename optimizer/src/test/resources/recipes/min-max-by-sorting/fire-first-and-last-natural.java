// expect: if (order.compare(candidate, sorted.get(1)) >= 0)
import java.util.*;

public class Fixture {
  public static String target(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    Collections.sort(sorted);
    return sorted.isEmpty() ? "" : sorted.get(0) + ".." + sorted.get(sorted.size() - 1);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of("kiln", "glaze", "Raku", "slip", "bisque")))).append('\n');
    out.append(safe(() -> target(List.of("only")))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList("a", null)))).append('\n');
    out.append(safe(() -> target(Arrays.asList((String) null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) {
      // Helpful NullPointerException messages name internal locals; other messages are compared.
      return "threw " + e.getClass().getName() + (e instanceof NullPointerException ? "" : ": " + e.getMessage());
    }
  }
}
