// expect: valves.stream().anyMatch(v -> v.open() && v.flowMl() >= minimum)
import java.util.*;

public class Fixture {
  /** An irrigation valve: its bed, whether it is open, and its flow in millilitres per minute. */
  public record Valve(String bed, boolean open, int flowMl) {}

  private final List<Valve> valves;

  public Fixture(List<Valve> valves) {
    this.valves = List.copyOf(valves);
  }

  /** Whether any open valve delivers at least the minimum flow. */
  public String target(int minimum) {
    return valves.stream().filter(v -> v.open() && v.flowMl() >= minimum).count() != 0 ? "watering" : "dry";
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Valve> beds = List.of(new Valve("herbs", false, 900), new Valve("roses", true, 400), new Valve("beans", true, 650));
    out.append(safe(() -> new Fixture(beds).target(500))).append('\n');
    out.append(safe(() -> new Fixture(beds).target(700))).append('\n');
    out.append(safe(() -> new Fixture(List.of()).target(0))).append('\n');
    out.append(safe(() -> new Fixture(Arrays.asList(new Valve("a", true, 1), null)).target(0))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
