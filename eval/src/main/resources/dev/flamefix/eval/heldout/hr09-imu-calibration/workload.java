package robotics.fusion;

import java.util.function.Supplier;

public final class ImuCalibratorWorkload {
  public static Supplier<Object> workload() {
    double[][] matrix = {{1.002, 0.013, -0.004}, {-0.011, 0.998, 0.007}, {0.003, -0.006, 1.001}};
    double[] bias = {0.021, -0.013, 0.004};
    double[][] raw = new double[20_000][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = new double[] {Math.sin(i * 0.01), Math.cos(i * 0.013), 9.81 + 0.001 * (i % 97)};
    }
    ImuCalibrator calibrator = new ImuCalibrator(matrix, bias);
    return () -> calibrator.correct(raw);
  }
}
