// expect: sensorsByLookup = lookupIndex(sensors)
import java.util.*;

public class Fixture {
  record Sensor(int id, double offset) {}

  private final double scale;

  Fixture(double scale) {
    this.scale = scale;
  }

  /** Readings corrected by their sensor's offset; a reading from an unknown sensor stays as read. */
  double[] target(int[] sensorIds, double[] readings, Sensor[] sensors) {
    double[] out = new double[readings.length];
    for (int i = 0; i < readings.length; i++) {
      Sensor s = lookup(sensorIds[i], sensors);
      out[i] = s == null ? readings[i] : (readings[i] - s.offset()) * scale;
    }
    return out;
  }

  private Sensor lookup(int id, Sensor[] sensors) {
    for (Sensor s : sensors) {
      if (s.id() == id) return s;
    }
    return null;
  }

  static String run(int[] ids, double[] readings, Sensor[] sensors) {
    return Arrays.toString(new Fixture(2.0).target(ids, readings, sensors));
  }

  public static String check() {
    Sensor[] sensors = {new Sensor(7, 0.5), new Sensor(9, -1.0), new Sensor(7, 100.0)};
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> run(new int[] {7, 8, 9}, new double[] {1, 2, 3}, sensors))).append('\n');
    out.append(safe(() -> run(new int[] {7}, new double[] {1}, new Sensor[] {null, new Sensor(7, 1)}))).append('\n');
    out.append(safe(() -> run(new int[] {}, new double[] {}, null))).append('\n');
    out.append(safe(() -> run(new int[] {1}, new double[] {1}, null))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
