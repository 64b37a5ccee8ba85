import java.util.*;

public class Fixture {
  public record Valve(String bed, boolean open, int flowMl) {}

  // Not final: replace() can store a list holding nulls, so a null after the first match would
  // throw in the count and not in anyMatch.
  private List<Valve> valves = List.of();

  public void replace(List<Valve> next) {
    valves = next;
  }

  public boolean target(int minimum) {
    return valves.stream().filter(v -> v.flowMl() >= minimum).count() > 0;
  }

  public static String check() {
    Fixture f = new Fixture();
    f.replace(Arrays.asList(new Valve("a", true, 9), null));
    try { return String.valueOf(f.target(1)); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
