// expect: closedGatesSet.contains(g)
import java.util.*;

public class Fixture {
  private List<Integer> closedGates;

  Fixture(List<Integer> closed) {
    this.closedGates = closed;
  }

  /** Sum of the numbers of the gates a flight may board from. */
  long target(int[] gates) {
    long open = 0;
    for (int g : gates) {
      if (closedGates.indexOf(g) < 0) open += g;
    }
    return open;
  }

  public static String check() {
    int[] gates = {3, 7, 12, 7, -4, Integer.MAX_VALUE};
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new Fixture(List.of(7, 12)).target(gates))).append('\n');
    out.append(safe(() -> new Fixture(Arrays.asList(3, null)).target(gates))).append('\n');
    out.append(safe(() -> new Fixture(List.of()).target(gates))).append('\n');
    out.append(safe(() -> new Fixture(null).target(gates))).append('\n');
    out.append(safe(() -> new Fixture(null).target(new int[0]))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
