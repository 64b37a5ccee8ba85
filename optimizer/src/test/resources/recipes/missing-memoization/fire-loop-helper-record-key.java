// expect: Map<Square, Integer> queenReachMemo = new HashMap<>();
import java.util.*;

public class Fixture {
  record Square(int file, int rank) {}

  /** Total squares a queen attacks from each requested square; requests repeat. */
  public static int target(List<Square> requests) {
    int total = 0;
    for (Square s : requests) total += queenReach(s);
    return total;
  }

  private static int queenReach(Square from) {
    if (from.file() < 0 || from.file() > 7 || from.rank() < 0 || from.rank() > 7) throw new IllegalArgumentException("off board");
    int n = 0;
    for (int f = 0; f < 8; f++) {
      for (int r = 0; r < 8; r++) {
        if (f == from.file() && r == from.rank()) continue;
        if (f == from.file() || r == from.rank() || Math.abs(f - from.file()) == Math.abs(r - from.rank())) n++;
      }
    }
    return n;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Square(7, 7), new Square(1, 2), new Square(7, 7), new Square(0, 0))))).append('\n');
    out.append(safe(() -> target(List.of(new Square(2, 2), new Square(9, 1), new Square(2, 2))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Square(3, 3), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
