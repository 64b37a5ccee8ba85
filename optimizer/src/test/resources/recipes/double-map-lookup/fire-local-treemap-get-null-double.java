// expect: litresByTank.merge(tank, litres, Double::sum);
import java.util.*;

public class Fixture {
  public static String target(String[] tanks, double[] readings) {
    Map<String, Double> litresByTank = new TreeMap<>();
    for (int i = 0; i < tanks.length; i++) {
      String tank = tanks[i];
      double litres = readings[i];
      if (litresByTank.get(tank) == null) {
        litresByTank.put(tank, litres);
      } else {
        litresByTank.put(tank, litres + litresByTank.get(tank));
      }
    }
    return litresByTank.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(new String[] {"t2", "t1", "t2", "t2"}, new double[] {0.1, 5, 0.2, Double.NaN}))).append('\n');
    out.append(safe(() -> target(new String[] {"t1", "t1"}, new double[] {-0.0, 0.0}))).append('\n');
    out.append(safe(() -> target(new String[] {"t1", null}, new double[] {1, 2}))).append('\n');
    out.append(safe(() -> target(new String[] {"t1", "t1"}, new double[] {1}))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
