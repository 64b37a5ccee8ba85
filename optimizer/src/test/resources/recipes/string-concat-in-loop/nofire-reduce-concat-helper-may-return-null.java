import java.util.List;

public class Fixture {
  public static String target(List<Integer> lanes) {
    return lanes.stream().map(l -> label(l)).reduce("", String::concat);
  }

  /** Lane 0 has no label: concat throws on it, joining would print "null". */
  private static String label(int lane) {
    if (lane == 0) return null;
    return "L" + lane;
  }

  public static String check() {
    try { return target(List.of(1, 0)); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
