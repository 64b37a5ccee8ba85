// expect: b) -> Double.compare(a.scale().kg(), b.scale().kg());
import java.util.*;

public class Fixture {
  record Scale(String serial, double kg) {}

  record Hive(String apiary, Scale scale) {}

  /** Lightest and heaviest hive (the heaviest: the last of equal weights, as a stable sort leaves it). */
  public static String target(Collection<Hive> hives) {
    List<Hive> byWeight = new ArrayList<>(hives);
    byWeight.sort((a, b) -> Double.compare(a.scale().kg(), b.scale().kg()));
    if (byWeight.size() < 1) return "no hives";
    return byWeight.get(0).apiary() + "/" + byWeight.get(byWeight.size() - 1).apiary() + " of " + byWeight.size();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    List<Hive> h = List.of(new Hive("ridge", new Scale("s1", 31.5)), new Hive("meadow", new Scale("s2", -0.0)),
        new Hive("orchard", new Scale("s3", 0.0)), new Hive("heath", new Scale("s4", Double.NaN)),
        new Hive("brook", new Scale("s5", Double.NaN)), new Hive("lane", new Scale("s6", -0.0)));
    out.append(safe(() -> target(h))).append('\n');
    out.append(safe(() -> target(List.of(new Hive("one", new Scale("s", 12.0)))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    out.append(safe(() -> target(Arrays.asList(new Hive("x", new Scale("a", 1)), new Hive("y", null))))).append('\n');
    out.append(safe(() -> target(List.of(new Hive("x", null))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getName(); }
  }
}
