import java.util.*;

public class Fixture {
  /** The meter reading may be missing (null): unboxing it throws. */
  public record Meter(String plot, Integer litres) {}

  private final List<Meter> meters;

  public Fixture(List<Meter> meters) {
    this.meters = List.copyOf(meters);
  }

  public boolean target(int threshold) {
    return meters.stream().filter(m -> m.litres() > threshold).count() > 0;
  }

  public static String check() {
    try { return String.valueOf(new Fixture(List.of(new Meter("a", 50), new Meter("b", null))).target(10)); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
