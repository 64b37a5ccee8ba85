package reefer.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

public final class ProbeCalibrationWorkload {
  public static Supplier<Object> workload() {
    List<ProbeCalibration.Reading> readings = new ArrayList<>();
    for (int i = 0; i < 16_000; i++) {
      readings.add(new ProbeCalibration.Reading("MSKU" + (700_100 + i % 40), 600 + (i * 7_877) % 1_900));
    }
    ProbeCalibration calibration =
        new ProbeCalibration(new double[] {-41.2, 38.75, -6.1, 0.83, -0.041, 0.0012}, 4.5);
    return () -> calibration.summarize(readings);
  }
}
