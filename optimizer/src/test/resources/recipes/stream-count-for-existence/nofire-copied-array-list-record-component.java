import java.util.*;

public class Fixture {
  public record Valve(String bed, boolean open, int flowMl) {}

  // An ArrayList copy keeps null elements.
  private final List<Valve> valves;

  public Fixture(List<Valve> valves) {
    this.valves = new ArrayList<>(valves);
  }

  public boolean target(int minimum) {
    return valves.stream().filter(v -> v.flowMl() >= minimum).count() > 0;
  }

  public static String check() {
    try { return String.valueOf(new Fixture(Arrays.asList(new Valve("a", true, 9), null)).target(1)); }
    catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
