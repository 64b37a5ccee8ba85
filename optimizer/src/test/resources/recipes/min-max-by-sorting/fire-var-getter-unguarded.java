// expect: var ranked = new ArrayList<Fixture.Runner>(1);
import java.util.*;

public class Fixture {
  static final class Runner {
    private final String name;
    private final double seconds;

    Runner(String name, double seconds) {
      this.name = name;
      this.seconds = seconds;
    }

    double getSeconds() {
      return seconds;
    }

    @Override
    public String toString() {
      return name + ":" + seconds;
    }
  }

  public static String target(List<Runner> heat) {
    var ranked = new ArrayList<>(heat);
    Collections.sort(ranked, Comparator.comparingDouble(Runner::getSeconds));
    return "winner " + ranked.get(0);
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Runner("ada", 11.2), new Runner("bo", 10.9), new Runner("cy", 10.9))))).append('\n');
    out.append(safe(() -> target(List.of(new Runner("nan", Double.NaN), new Runner("neg", -0.0), new Runner("pos", 0.0))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
