// expect: return blades.stream().anyMatch(Blade::isCracked);
import java.util.*;

public class Fixture {
  /** Wind farm inspection: does any turbine blade show a crack? (null marks a blade never scanned) */
  static final class Blade {
    final int wear;

    Blade(int wear) {
      this.wear = wear;
    }

    boolean isCracked() {
      return wear > 80;
    }
  }

  public static boolean target(List<Blade> blades) {
    return blades.stream().filter(Blade::isCracked).findFirst().isPresent();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(new Blade(10), new Blade(95))))).append('\n');
    out.append(safe(() -> target(List.of(new Blade(10), new Blade(20))))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Blade(90), null)))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Blade(5), null)))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
