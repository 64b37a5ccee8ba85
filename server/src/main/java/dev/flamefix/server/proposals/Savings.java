package dev.flamefix.server.proposals;

/**
 * Estimated savings of one proposal (SPEC, issue 6 §5): the hotspot's share of the app's CPU
 * times its cores is the CPU the method burns; a speed-up {@code s} removes {@code 1 - 1/s} of it.
 *
 * @param hotspotShare the method's attributed self share of the app's CPU, 0..1
 * @param cores CPU cores the app runs on
 * @param speedup measured speed-up
 * @param coreHoursPerDay {@code share x cores x (1 - 1/speedup) x 24}
 * @param kwhPerDay {@code coreHoursPerDay x wattsPerCore / 1000}
 * @param wattsPerCore the power per busy core assumed
 */
public record Savings(double hotspotShare, double cores, double speedup, double coreHoursPerDay, double kwhPerDay,
    double wattsPerCore) {

  /** The estimate; no savings for speed-ups at or below 1 or unknown shares. */
  public static Savings estimate(double hotspotShare, double cores, double speedup, double wattsPerCore) {
    double share = Math.max(0, Math.min(1, hotspotShare));
    double saved = speedup > 1 ? 1 - 1 / speedup : 0;
    double coreHours = share * Math.max(0, cores) * saved * 24;
    return new Savings(share, cores, speedup, coreHours, coreHours * wattsPerCore / 1000, wattsPerCore);
  }
}
