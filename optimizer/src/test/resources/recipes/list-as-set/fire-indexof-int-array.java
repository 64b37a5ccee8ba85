// expect: if (codesSeen.add(c)) {
import java.util.*;

public class Fixture {
  public static String target(int[] readings, int divisor) {
    List<Integer> codes = new ArrayList<>();
    int repeats = 0;
    for (int r : readings) {
      int c = r / divisor;
      if (codes.indexOf(c) == -1) {
        codes.add(c);
      } else if (codes.indexOf(c + 1) >= 0) {
        repeats++;
      }
    }
    return codes + " " + repeats;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[] {10, 21, 35, 11, 22, 40, 19, 50}, 10))).append('\n');
    out.append(safe(() -> target(new int[] {1, 2}, 0))).append('\n');
    out.append(safe(() -> target(new int[0], 3))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
