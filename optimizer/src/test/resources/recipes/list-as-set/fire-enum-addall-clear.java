// expect: Set<Level> levelsSeen
import java.util.*;

public class Fixture {
  enum Level { LOW, MID, HIGH }

  public static String target(List<List<Level>> batches) {
    Collection<Level> levels = new LinkedList<>();
    StringBuilder sb = new StringBuilder();
    for (List<Level> batch : batches) {
      if (batch.isEmpty()) {
        levels.clear();
        continue;
      }
      if (batch.size() > 2) levels.addAll(batch.subList(0, 2));
      for (Level l : batch) {
        sb.append(levels.contains(l) ? 'y' : 'n');
      }
      levels.add(batch.get(batch.size() - 1));
      sb.append(levels.size()).append(' ');
    }
    return sb.toString();
  }

  public static String check() {
    StringBuilder out = new StringBuilder();
    out.append(safe(() -> target(List.of(List.of(Level.LOW, Level.HIGH, Level.MID), List.of(Level.HIGH), List.of(), List.of(Level.MID, Level.MID))))).append('\n');
    out.append(safe(() -> target(List.of()))).append('\n');
    return out.toString();
  }

  static String safe(java.util.function.Supplier<Object> s) {
    try { return String.valueOf(s.get()); } catch (RuntimeException e) { return "threw " + e.getClass().getSimpleName(); }
  }
}
