// expect: if (line.length() >= width) {
import java.util.List;

public class Fixture {
  public static String target(List<Integer> codes, int width) {
    var line = "";
    int i = 0;
    while (i < codes.size()) {
      if (line.length() >= width) {
        break;
      }
      line += codes.get(i);
      line += ';';
      line += i % 2 == 0;
      line += 0.1 * i;
      i++;
    }
    return line.isEmpty() ? "<none>" : line;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(1, -20, 300, 4000), 12))).append('\n');
    out.append(safe(() -> target(List.of(7), 100))).append('\n');
    out.append(safe(() -> target(List.of(), 5))).append('\n');
    out.append(safe(() -> target(java.util.Arrays.asList(5, null), 100))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
