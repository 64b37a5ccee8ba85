package robotics.fusion;

public class ImuCalibrator {

  private final double[][] misalignment;
  private final double[] bias;

  /** A 3x3 misalignment matrix and a per-axis bias, both from the factory calibration. */
  public ImuCalibrator(double[][] misalignment, double[] bias) {
    this.misalignment = misalignment;
    this.bias = bias;
  }

  /** Bias-corrected samples rotated by the misalignment matrix scaled to unit Frobenius norm. */
  public double[][] correct(double[][] raw) {
    double[][] corrected = new double[raw.length][];
    for (int i = 0; i < raw.length; i++) {
      corrected[i] = apply(raw[i]);
    }
    return corrected;
  }

  private double[] apply(double[] sample) {
    double[][] m = normalised();
    double[] out = new double[3];
    for (int row = 0; row < 3; row++) {
      double acc = 0;
      for (int col = 0; col < 3; col++) {
        acc += m[row][col] * (sample[col] - bias[col]);
      }
      out[row] = acc;
    }
    return out;
  }

  private double[][] normalised() {
    double sumSquares = 0;
    for (double[] row : misalignment) {
      for (double v : row) {
        sumSquares += v * v;
      }
    }
    double norm = Math.sqrt(sumSquares);
    double[][] m = new double[3][3];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        m[row][col] = misalignment[row][col] / norm;
      }
    }
    return m;
  }
}
