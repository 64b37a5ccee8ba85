import java.util.*;

public class Fixture {
  record Hive(String queenMark, int frames) {}

  private final List<String> retiredMarks = List.of("blue-7", "red-2");

  /** List.of(...).contains(null) throws; a HashSet would answer false. */
  int target(List<Hive> hives) {
    int frames = 0;
    for (Hive h : hives) {
      if (!retiredMarks.contains(h.queenMark())) frames += h.frames();
    }
    return frames;
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> new Fixture().target(List.of(new Hive("blue-7", 9), new Hive(null, 4))))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
