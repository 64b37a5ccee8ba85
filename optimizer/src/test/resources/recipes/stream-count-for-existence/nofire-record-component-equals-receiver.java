import java.util.*;

public class Fixture {
  public record Valve(String bed, boolean open, int flowMl) {}

  private final List<Valve> valves;

  public Fixture(List<Valve> valves) {
    this.valves = List.copyOf(valves);
  }

  public boolean target(String bed) {
    // bed() may be null: the equals receiver throws for such a valve after the first match.
    return valves.stream().filter(v -> v.bed().equals(bed)).count() > 0;
  }

  public static String check() {
    try { return String.valueOf(new Fixture(List.of(new Valve("a", true, 1), new Valve(null, true, 2))).target("a")); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
