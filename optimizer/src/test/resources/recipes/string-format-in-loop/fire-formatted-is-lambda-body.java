// expect: .map(c -> c.line() + "-" + formatZeroPad(c.number(), 3) + "/"
import java.util.List;
import java.util.stream.Collectors;

public class Fixture {
  /** A cable-car cabin: its line, cabin number and seat count. */
  record Cabin(String line, int number, int seats) {}

  /** Painted cabin codes, in the order given. */
  public static List<String> target(String station, List<Cabin> cabins) {
    return cabins.stream()
        .map(c -> "%s-%03d/%2d@%s".formatted(c.line(), c.number(), c.seats(), station))
        .collect(Collectors.toList());
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target("valley", List.of(new Cabin("blue", 7, 8), new Cabin(null, -12, 120), new Cabin("red", 1234, -3)))));
    out.append('\n').append(safe(() -> target(null, List.of(new Cabin("x", Integer.MIN_VALUE, 0)))));
    out.append('\n').append(safe(() -> target("top", List.of())));
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
