// expect: Double hours = shifts.stream().mapToDouble(Shift::hours).sum();
import java.util.*;
import java.util.stream.Collectors;

public class Fixture {
  record Shift(String nurse, double hours) {}

  public static String target(List<Shift> shifts) {
    Double hours = shifts.stream().collect(Collectors.summingDouble(Shift::hours));
    return hours + " " + hours.isNaN();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(target(List.of(new Shift("a", 7.5), new Shift("b", 0.1), new Shift("c", 0.2)))).append('\n');
    out.append(target(List.of(new Shift("a", 1e300), new Shift("b", 1e300), new Shift("c", -1e300)))).append('\n');
    out.append(target(List.of())).append('\n');
    return out.toString();
  }
}
