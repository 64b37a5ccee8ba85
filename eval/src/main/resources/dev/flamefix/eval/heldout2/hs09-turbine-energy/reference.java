package windpark.scada.power;

public final class PowerCurve {

  private static final double AIR_DENSITY = 1.225;
  private static final double POWER_COEFFICIENT = 0.42;
  private static final double CUT_IN = 3.0;
  private static final double CUT_OUT = 25.0;

  private PowerCurve() {}

  /**
   * Energy in kWh a turbine yields over 10-minute mean wind speeds (m/s): 0.5 * rho * A * v^3 * cp,
   * capped at the rated power, nothing below cut-in or above cut-out speed.
   */
  public static double energyKwh(double[] windSpeeds, double rotorDiameterM, double ratedKw) {
    double radius = rotorDiameterM / 2;
    double sweptArea = Math.PI * (radius * radius);
    double kwh = 0;
    for (double v : windSpeeds) {
      if (v < CUT_IN || v > CUT_OUT) {
        continue;
      }
      double kw = 0.5 * AIR_DENSITY * sweptArea * (v * v * v) * POWER_COEFFICIENT / 1000.0;
      kwh += Math.min(kw, ratedKw) / 6.0;
    }
    return kwh;
  }
}
