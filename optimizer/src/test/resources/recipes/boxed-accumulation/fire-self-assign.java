// expect: int total = 0;
import java.util.*;

public class Fixture {
  public static Integer target(int[][] rounds) {
    Integer total = 0;
    for (int[] round : rounds) {
      for (int points : round) {
        total = total + points * 2 - 1;
      }
    }
    return total;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new int[][] {{1, 2}, {3}, {}}))).append('\n');
    out.append(safe(() -> target(new int[][] {{Integer.MAX_VALUE, 5}}))).append('\n');
    out.append(safe(() -> target(new int[0][]))).append('\n');
    out.append(safe(() -> target(new int[][] {null}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
