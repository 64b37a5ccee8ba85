package windpark.scada.power;

import java.util.function.Supplier;

public final class PowerCurveWorkload {
  public static Supplier<Object> workload() {
    double[] speeds = new double[52_560];
    for (int i = 0; i < speeds.length; i++) {
      speeds[i] = 1.5 + ((i * 7_919L) % 2_300) / 100.0 + Math.sin(i / 144.0) * 2.0;
    }
    return () -> PowerCurve.energyKwh(speeds, 126.0, 5_000.0);
  }
}
