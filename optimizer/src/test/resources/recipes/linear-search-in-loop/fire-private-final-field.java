// expect: Set<String> revokedPassesSet = revokedPasses == null ? null : new HashSet<>(revokedPasses);
import java.util.*;

public class Fixture {
  record Scan(String pass, int lift) {}

  private final List<String> revokedPasses;

  Fixture(String... revoked) {
    revokedPasses = new ArrayList<>(Arrays.asList(revoked));
  }

  /** Lift-minutes of the scans whose pass is still valid. */
  int target(List<Scan> scans) {
    int minutes = 0;
    for (Scan s : scans) {
      if (revokedPasses.contains(s.pass())) continue;
      minutes += s.lift();
    }
    return minutes;
  }

  public static String check() {
    List<Scan> day = Arrays.asList(new Scan("P1", 4), new Scan("P2", 7), new Scan(null, 5), new Scan("P3", 11), new Scan("P2", 2));
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new Fixture("P2").target(day))).append('\n');
    out.append(safe(() -> new Fixture("P2", null).target(day))).append('\n');
    out.append(safe(() -> new Fixture().target(day))).append('\n');
    out.append(safe(() -> new Fixture("P1").target(List.of()))).append('\n');
    out.append(safe(() -> new Fixture("P1").target(Arrays.asList(new Scan("P1", 1), null)))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
