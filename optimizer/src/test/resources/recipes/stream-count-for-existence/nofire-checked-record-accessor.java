import java.util.*;

public class Fixture {
  public record Meter(String plot, int litres) {
    /** Throws for a reading taken before calibration: stopping early would skip the throw. */
    @Override
    public int litres() {
      if (litres < 0) throw new IllegalStateException("uncalibrated meter " + plot);
      return litres;
    }
  }

  private final List<Meter> meters;

  public Fixture(List<Meter> meters) {
    this.meters = List.copyOf(meters);
  }

  public boolean target(int threshold) {
    return meters.stream().filter(m -> m.litres() > threshold).count() > 0;
  }

  public static String check() {
    try { return String.valueOf(new Fixture(List.of(new Meter("a", 50), new Meter("b", -1))).target(10)); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
